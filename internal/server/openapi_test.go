package server

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// openAPIDoc is the part of an OpenAPI document the tests read.
type openAPIDoc struct {
	OpenAPI string                                   `json:"openapi"`
	Paths   map[string]map[string]openAPIOp          `json:"paths"`
	Comps   struct{ Parameters map[string]apiParam } `json:"components"`
}

type openAPIOp struct {
	Parameters []apiParam                 `json:"parameters"`
	Responses  map[string]json.RawMessage `json:"responses"`
}

type apiParam struct {
	Ref     string `json:"$ref"`
	Name    string `json:"name"`
	In      string `json:"in"`
	Example any    `json:"example"`
}

func readOpenAPI(t *testing.T) openAPIDoc {
	t.Helper()
	var doc openAPIDoc
	if err := json.Unmarshal(OpenAPI(), &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if doc.OpenAPI != "3.1.0" {
		t.Fatalf("openapi version %q", doc.OpenAPI)
	}
	return doc
}

// params resolves an operation's parameters of one location.
func (d openAPIDoc) params(t *testing.T, op openAPIOp, in string) []apiParam {
	var out []apiParam
	for _, p := range op.Parameters {
		if p.Ref != "" {
			name := strings.TrimPrefix(p.Ref, "#/components/parameters/")
			q, ok := d.Comps.Parameters[name]
			if !ok {
				t.Errorf("dangling $ref %s", p.Ref)
				continue
			}
			p = q
		}
		if p.In == in {
			out = append(out, p)
		}
	}
	return out
}

var pathVar = regexp.MustCompile(`\{([a-z_]+)\}`)

// TestOpenAPIDescribesEveryRoute keeps openapi.json honest: every
// registered route is described with exactly the query parameters it
// accepts and its path parameters, and every description names a route.
func TestOpenAPIDescribesEveryRoute(t *testing.T) {
	doc := readOpenAPI(t)
	srv := New(nil, Options{})
	described := 0
	for path, ops := range doc.Paths {
		for method := range ops {
			described++
			if !slices.ContainsFunc(srv.routes, func(r route) bool { return r.Path == path && strings.EqualFold(r.Method, method) }) {
				t.Errorf("openapi.json describes %s %s, which the server does not register", strings.ToUpper(method), path)
			}
		}
	}
	if described != len(srv.routes) {
		t.Errorf("openapi.json describes %d operations, the server registers %d", described, len(srv.routes))
	}
	for _, r := range srv.routes {
		op, ok := doc.Paths[r.Path][strings.ToLower(r.Method)]
		if !ok {
			t.Errorf("%s %s is not described in openapi.json", r.Method, r.Path)
			continue
		}
		var query []string
		for _, p := range doc.params(t, op, "query") {
			query = append(query, p.Name)
		}
		slices.Sort(query)
		accepted := slices.Sorted(slices.Values(r.Params))
		if !slices.Equal(query, accepted) {
			t.Errorf("%s %s: described query parameters %v, accepted %v", r.Method, r.Path, query, accepted)
		}
		var inPath []string
		for _, p := range doc.params(t, op, "path") {
			inPath = append(inPath, p.Name)
		}
		var want []string
		for _, m := range pathVar.FindAllStringSubmatch(r.Path, -1) {
			want = append(want, m[1])
		}
		if !slices.Equal(inPath, want) {
			t.Errorf("%s %s: described path parameters %v, want %v", r.Method, r.Path, inPath, want)
		}
		if _, ok := op.Responses["400"]; !ok && len(r.Params) > 0 {
			t.Errorf("%s %s: no 400 response described", r.Method, r.Path)
		}
	}
}

// TestOpenAPIPathsAnswer requests every described path, filling its path
// parameters with real values, and checks it is served (not a 404 for an
// unknown endpoint, not a 405).
func TestOpenAPIPathsAnswer(t *testing.T) {
	doc := readOpenAPI(t)
	ts, _, ids := newRichServer(t, Options{Token: testToken})
	values := map[string]string{"id": strconv.FormatInt(ids[0], 10), "kind": "people", "name": "John%20Bolton"}
	for path, ops := range doc.Paths {
		for method, op := range ops {
			u := pathVar.ReplaceAllStringFunc(path, func(m string) string { return values[strings.Trim(m, "{}")] })
			if method == "get" {
				// Every documented query parameter is accepted with its example.
				var q []string
				for _, p := range doc.params(t, op, "query") {
					if s, ok := p.Example.(string); ok {
						q = append(q, p.Name+"="+strings.ReplaceAll(s, " ", "+"))
					}
				}
				if len(q) > 0 {
					u += "?" + strings.Join(q, "&")
				}
			}
			req := httptest.NewRequest(strings.ToUpper(method), ts.URL+u, nil)
			req.RequestURI = ""
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if method == "get" && resp.StatusCode != http.StatusOK {
				t.Errorf("GET %s: status %d, want 200", u, resp.StatusCode)
			}
			if method == "post" && resp.StatusCode != http.StatusUnauthorized {
				t.Errorf("POST %s without a token: %d, want 401", u, resp.StatusCode)
			}
		}
	}
	for _, path := range []string{"/api/v1/openapi.json"} {
		var doc map[string]any
		if resp := call(t, "GET", ts.URL+path, "", "", &doc); resp.StatusCode != 200 || doc["paths"] == nil {
			t.Errorf("GET %s: %d", path, resp.StatusCode)
		}
	}
}

// TestOpenAPIResponseShapes checks the answers of the read endpoints
// against the required properties of their described 200 schemas (and of
// the items of their lists), one level deep.
func TestOpenAPIResponseShapes(t *testing.T) {
	var doc struct {
		Paths map[string]map[string]struct {
			Responses map[string]struct {
				Content map[string]struct {
					Schema json.RawMessage `json:"schema"`
				} `json:"content"`
			} `json:"responses"`
		} `json:"paths"`
		Components struct {
			Schemas map[string]json.RawMessage `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(OpenAPI(), &doc); err != nil {
		t.Fatal(err)
	}
	type schema struct {
		Ref        string                     `json:"$ref"`
		OneOf      []json.RawMessage          `json:"oneOf"`
		Required   []string                   `json:"required"`
		Properties map[string]json.RawMessage `json:"properties"`
		Items      json.RawMessage            `json:"items"`
		Additional any                        `json:"additionalProperties"`
	}
	var resolve func(raw json.RawMessage) schema
	resolve = func(raw json.RawMessage) schema {
		var s schema
		if err := json.Unmarshal(raw, &s); err != nil {
			t.Fatalf("schema %s: %v", raw, err)
		}
		if s.Ref != "" {
			return resolve(doc.Components.Schemas[strings.TrimPrefix(s.Ref, "#/components/schemas/")])
		}
		if len(s.OneOf) > 0 {
			return resolve(s.OneOf[0])
		}
		return s
	}
	ts, _, ids := newRichServer(t, Options{})
	values := map[string]string{"id": strconv.FormatInt(ids[0], 10), "kind": "people", "name": "John%20Bolton"}
	checked := 0
	for path, ops := range doc.Paths {
		op, ok := ops["get"]
		if !ok || path == "/api/v1/openapi.json" {
			continue
		}
		raw := op.Responses["200"].Content["application/json"].Schema
		if raw == nil {
			t.Errorf("GET %s: no JSON schema for 200", path)
			continue
		}
		want := resolve(raw)
		u := pathVar.ReplaceAllStringFunc(path, func(m string) string { return values[strings.Trim(m, "{}")] })
		if path == "/api/v1/stories/{id}" {
			var res struct {
				Results []struct {
					ID int64 `json:"id"`
				} `json:"results"`
			}
			call(t, "GET", ts.URL+"/api/v1/stories?min_copies=1", "", "", &res)
			u = "/api/v1/stories/" + strconv.FormatInt(res.Results[0].ID, 10)
		}
		var got map[string]json.RawMessage
		if resp := call(t, "GET", ts.URL+u, "", "", &got); resp.StatusCode != 200 {
			t.Errorf("GET %s: status %d", u, resp.StatusCode)
			continue
		}
		checked++
		for _, field := range want.Required {
			if _, ok := got[field]; !ok {
				t.Errorf("GET %s: answer lacks required %q", u, field)
			}
		}
		for field := range got {
			if want.Properties != nil && want.Properties[field] == nil && want.Additional != true {
				t.Errorf("GET %s: answer has %q, which the description does not name", u, field)
			}
		}
		// The items of a described list ("results", "copies", "points").
		for field, propRaw := range want.Properties {
			prop := resolve(propRaw)
			if prop.Items == nil || len(got[field]) == 0 {
				continue
			}
			item := resolve(prop.Items)
			var items []map[string]json.RawMessage
			if err := json.Unmarshal(got[field], &items); err != nil || len(items) == 0 {
				continue
			}
			for _, req := range item.Required {
				if _, ok := items[0][req]; !ok {
					t.Errorf("GET %s: %s[0] lacks required %q", u, field, req)
				}
			}
		}
	}
	if checked < 10 {
		t.Errorf("checked %d GET answers, want every described one", checked)
	}
}
