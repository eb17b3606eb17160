// Package domain holds the vocabulary every concern of Mitwirken shares: the
// Idea wrapper with its pure predicates, the lifecycle's statuses and legal
// transitions, the moderation log entry, payload validation and the
// transaction helper of model hooks. It binds no hooks and no routes, so that
// the concern packages depend on it and never on each other.
package domain
