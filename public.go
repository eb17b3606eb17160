package main

import (
	"embed"
	"io/fs"
)

// pb_public is the committed build of ui/, embedded like PocketBase embeds its admin UI.
//
//go:embed all:pb_public
var embeddedPublic embed.FS

func publicFS() fs.FS {
	sub, err := fs.Sub(embeddedPublic, "pb_public")
	if err != nil {
		panic(err) // cannot happen: the directory is embedded above
	}
	return sub
}
