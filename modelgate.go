package newsbot

import "context"

// A language model is the scarce part of an answer: a server may run a few
// model calls at once, while extractive answers take milliseconds. The
// Discord adapter bounds model calls per guild by putting a ModelGate in
// the context of each question; the answer service enters it around each
// model call only, so extractive answers never wait for a model slot.

// ModelGate waits for a free model slot and returns the function that
// frees it. It returns an error (the context's, or EUNAVAIL) when no slot
// came free in time; the caller then answers without the model.
type ModelGate func(ctx context.Context) (release func(), err error)

type modelGateKey struct{}

// WithModelGate returns ctx carrying gate.
func WithModelGate(ctx context.Context, gate ModelGate) context.Context {
	return context.WithValue(ctx, modelGateKey{}, gate)
}

// EnterModel waits at the context's model gate, if any, and returns the
// function that frees the slot (a no-op without a gate).
func EnterModel(ctx context.Context) (release func(), err error) {
	gate, _ := ctx.Value(modelGateKey{}).(ModelGate)
	if gate == nil {
		return func() {}, nil
	}
	return gate(ctx)
}
