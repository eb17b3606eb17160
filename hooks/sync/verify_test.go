package sync

// The package's own tests check every rule template against a fresh build.
func init() { VerifyRuleTemplates() }
