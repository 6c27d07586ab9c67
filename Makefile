# newsbot's SQLite driver needs the sqlite_fts5 build tag for full-text
# search; every target here passes it, so use make (or copy its commands).
TAGS   := sqlite_fts5
GO     ?= go
BIN    := bin/newsbot

.PHONY: demo test test-postgres build bench vet fmt clean

demo:            ## answer a question about the bundled sample article
	$(GO) run -tags $(TAGS) ./cmd/newsbot demo

test:            ## run every test (no network, no token, no API key)
	$(GO) test -tags $(TAGS) ./...

test-postgres:   ## run every test, with the PostgreSQL ones (starts Debian's PostgreSQL 15; needs root)
	NEWSBOT_TEST_POSTGRES="$${NEWSBOT_TEST_POSTGRES:-$$(bash .ci/pg-start)}" $(GO) test -tags $(TAGS) ./...

build:           ## build bin/newsbot
	$(GO) build -tags $(TAGS) -o $(BIN) ./cmd/newsbot

bench:           ## run the Go benchmarks (see docs/benchmarks.md for the big ones)
	$(GO) test -tags $(TAGS) -run '^$$' -bench . -benchmem ./...

vet:
	$(GO) vet -tags $(TAGS) ./...

fmt:
	gofmt -l -w .

clean:
	rm -rf bin
