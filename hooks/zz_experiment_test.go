package hooks

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"testing"

	_ "github.com/mitwirken/mitwirken/migrations"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

type xText struct{ Title, Body string }
type xPair struct {
	A, B      xText
	Duplicate bool
}

func TestExperiment(t *testing.T) {
	app, err := pbtests.NewTestApp(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer app.Cleanup()
	Register(app, DefaultConfig())
	data, _ := os.ReadFile("../tests/testdata/similar_pairs.json")
	var pairs []xPair
	json.Unmarshal(data, &pairs)
	regions, _ := app.FindCollectionByNameOrId("regions")
	r := core.NewRecord(regions)
	r.Id = "gelnhausen00000"
	r.Load(map[string]any{"name": "Gelnhausen", "kind": "gemeinde"})
	if err := app.Save(r); err != nil {
		t.Fatal(err)
	}
	ideas, _ := app.FindCollectionByNameOrId("ideas")
	for i, p := range pairs {
		rec := core.NewRecord(ideas)
		rec.Id = fmt.Sprintf("pairb%010d", i)
		rec.Load(map[string]any{"title": p.B.Title, "body": p.B.Body, "region": "gelnhausen00000", "status": "published"})
		if err := app.Save(rec); err != nil {
			t.Fatal(err)
		}
	}
	mode := os.Getenv("XMODE")
	var th float64
	fmt.Sscan(os.Getenv("TH"), &th)
	var n float64
	app.DB().NewQuery("SELECT COUNT(*) FROM ideas_search").Row(&n)
	idf := func(terms []string) map[string]float64 {
		out := map[string]float64{}
		for _, term := range terms {
			var df float64
			app.DB().NewQuery("SELECT doc FROM ideas_search_terms WHERE term = {:t}").Bind(dbx.Params{"t": term}).Row(&df)
			out[term] = math.Log(1 + (n-df+0.5)/(df+0.5))
			if os.Getenv("PLAIN") != "" {
				out[term] = 1
			}
		}
		return out
	}
	var tp, fp, dups int
	for i, p := range pairs {
		q := searchTerms(p.A.Title + ". " + p.A.Body)
		hits, err := findSimilarIdeas(app, q, "gelnhausen00000", 10)
		if err != nil {
			t.Fatal(err)
		}
		type cand struct {
			id         string
			bm, dice   float64
		}
		var cands []cand
		qset := distinctTerms(q)
		for _, h := range hits {
			dset := distinctTerms(strings.Fields(h.Terms))
			w := idf(append(append([]string{}, qset...), dset...))
			var inter, qs, ds float64
			dm := map[string]bool{}
			for _, d := range dset {
				dm[d] = true
				ds += w[d]
			}
			for _, x := range qset {
				qs += w[x]
				if dm[x] {
					inter += w[x]
				}
			}
			cands = append(cands, cand{h.Idea, -h.Rank, 2 * inter / (qs + ds)})
		}
		if mode == "dice" {
			sort.SliceStable(cands, func(a, b int) bool { return cands[a].dice > cands[b].dice })
		}
		want := fmt.Sprintf("pairb%010d", i)
		in := false
		line := ""
		for k, c := range cands {
			if k >= 3 {
				break
			}
			if mode != "" && c.dice < th {
				continue
			}
			mark := ""
			if c.id == want {
				in = true
				mark = "*"
			}
			line += fmt.Sprintf(" %s%s bm=%.2f dice=%.2f", mark, c.id[len(c.id)-2:], c.bm, c.dice)
		}
		if p.Duplicate {
			dups++
		}
		if in && p.Duplicate {
			tp++
		}
		if in && !p.Duplicate {
			fp++
		}
		fmt.Printf("%2d dup=%-5v in=%-5v %s\n", i, p.Duplicate, in, line)
	}
	fmt.Printf("P=%.2f R=%.2f\n", float64(tp)/float64(tp+fp), float64(tp)/float64(dups))
}
