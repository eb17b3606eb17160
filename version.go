package main

import "runtime/debug"

// version is stamped at build time: go build -ldflags "-X main.version=$(git describe --always --dirty)".
var version string

// buildVersion is the stamped version, else what the Go toolchain recorded:
// the module version, or the VCS commit with "-dirty" for uncommitted changes.
func buildVersion() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	revision, dirty := "", false
	for _, setting := range info.Settings {
		switch setting.Key {
		case "vcs.revision":
			revision = setting.Value
		case "vcs.modified":
			dirty = setting.Value == "true"
		}
	}
	if revision == "" {
		return "unknown"
	}
	if dirty {
		revision += "-dirty"
	}
	return revision
}
