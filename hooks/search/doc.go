// Package search owns full-text search over public ideas: the FTS5 index kept
// in step with the ideas, German search terms, the search and similar-ideas
// routes and the duplicate suggestions.
package search
