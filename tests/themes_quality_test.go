package tests

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/mitwirken/mitwirken/hooks/search"
	"github.com/mitwirken/mitwirken/hooks/themes"
)

// labelledText is one text of tests/testdata/themes_labelled*.json: feedback
// or an idea as citizens write it, with the theme a person gave it.
type labelledText struct {
	Theme string `json:"theme"`
	Text  string `json:"text"`
}

// The labelled themes come in two parts, as the similar-idea pairs do: the
// clustering and the themes' word table were tuned on themes_labelled.json;
// themes_labelled_heldout.json (every third text of each theme, split off
// before any tuning) is only measured on.
const (
	themesTuning  = "testdata/themes_labelled.json"
	themesHeldOut = "testdata/themes_labelled_heldout.json"
)

// clusteringQuality clusters the texts of one labelled file on their own and
// compares the result with the labels.
type clusteringQuality struct {
	texts, themes, clusters int
	ari, purity             float64
}

func measureThemes(t *testing.T, file string, vocabulary *themes.Vocabulary) clusteringQuality {
	t.Helper()
	data, err := os.ReadFile(file)
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
	got := themes.Cluster(terms, vocabulary)
	found := map[int]bool{}
	for _, theme := range got {
		found[theme] = true
	}
	return clusteringQuality{texts: len(texts), themes: len(labels), clusters: len(found),
		ari: themes.AdjustedRandIndex(got, want), purity: themes.Purity(got, want)}
}

func TestThemesRecoverLabelledThemes(t *testing.T) {
	vocabulary := themes.NewVocabulary(search.Terms)
	tuning, heldOut := measureThemes(t, themesTuning, vocabulary), measureThemes(t, themesHeldOut, vocabulary)
	summary := fmt.Sprintf("themes over %d labelled texts in %d themes: ARI %.2f, purity %.2f (%d clusters); "+
		"held-out %d texts: ARI %.2f, purity %.2f (%d clusters)",
		tuning.texts, tuning.themes, tuning.ari, tuning.purity, tuning.clusters,
		heldOut.texts, heldOut.ari, heldOut.purity, heldOut.clusters)
	t.Log(summary)
	fmt.Printf("%s\n", summary)
	for _, c := range []struct {
		part    string
		quality clusteringQuality
		minARI  float64
	}{
		// The issue aims for 0.6 on texts the method was not tuned on; the
		// tuning part reaches 0.8, and its bound catches a regression.
		{"tuning", tuning, 0.7},
		{"held-out", heldOut, 0.6},
	} {
		if c.quality.ari < c.minARI {
			t.Errorf("%s: adjusted Rand index: got %.2f, want at least %.2f", c.part, c.quality.ari, c.minARI)
		}
	}
}
