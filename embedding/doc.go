// Package embedding holds Hashing, an offline stand-in embedder for trying
// the vector code paths without an embedding model. The client for real
// embedding servers is openai.Embedder.
package embedding
