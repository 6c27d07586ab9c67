package sqlite

/*
void newsbot_keep_heap(void);
*/
import "C"

import "sync"

// keepHeap has the C allocator that SQLite uses keep the memory it frees
// (up to 16 MB at the heap's top) for the next allocations, instead of
// returning it to the kernel and faulting it in again on the next search
// (heap.c). It is set once for the process, when the first database is
// opened.
var keepHeap = sync.OnceFunc(func() { C.newsbot_keep_heap() })
