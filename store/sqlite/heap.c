// newsbot_keep_heap: glibc's malloc keeps memory it has freed for the
// next allocations instead of giving it back to the kernel at once.
//
// SQLite and FTS5 allocate and free buffers of tens to hundreds of
// kilobytes on every search (doclists, position lists, the sorter). By
// default glibc returns the top of its heap to the kernel as soon as
// 128 KB are free there (and maps a block of 128 KB or more on its own,
// unmapping it when freed), so the next search faults those pages in
// again: on the 20k remix about 12 page faults a search, each costing
// tens of microseconds of CPU on a virtual machine (docs/benchmarks.md).
// With the heap's top returned only past 16 MB free and blocks mapped on
// their own only from 1 MB, a search in a process that keeps searching
// faults about once. Other C libraries are left as they are.
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

void newsbot_keep_heap(void) {
#ifdef __GLIBC__
	mallopt(M_MMAP_THRESHOLD, 1 << 20);
	mallopt(M_TRIM_THRESHOLD, 16 << 20);
#endif
}
