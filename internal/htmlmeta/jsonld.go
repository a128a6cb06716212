package htmlmeta

import (
	"bytes"
	"encoding/json"
	"sort"
	"strings"
)

// ldItem is what one JSON-LD node says about the page.
type ldItem struct {
	kind        ldKind
	id          string
	headline    string
	name        string
	authors     []string
	orgAuthors  []string // authors given as an Organization: the publisher, often
	published   string
	modified    string
	section     string
	publisher   string
	image       string
	keywords    []string
	description string
	language    string
	url         string
}

// ldKind ranks JSON-LD types by how surely they describe the page's story.
type ldKind int

const (
	ldOther   ldKind = iota
	ldPage           // WebPage and kin
	ldArticle        // Article, NewsArticle, BlogPosting...
)

// Limits on a JSON-LD document's shape.
const (
	maxLDDepth = 24
	maxLDItems = 256
)

// ldDoc is every node of every JSON-LD script of the page.
type ldDoc struct {
	items []ldItem
	names map[string]string // @id -> name, to resolve author and publisher references
	orgs  map[string]bool   // @id of nodes typed as organizations
	refs  []ldRef
	site  string // WebSite name
}

// ldRef is an author given only as {"@id": ...}, resolved once all nodes are read.
type ldRef struct {
	item int
	id   string
	kind byte // 'a' author, 'p' publisher
}

// readJSONLD parses the scripts, tolerating common breakage: HTML comments
// and CDATA markers around the JSON, raw line breaks inside strings and
// trailing commas.
func readJSONLD(scripts []string) *ldDoc {
	d := &ldDoc{}
	for _, s := range scripts {
		v, ok := parseLenientJSON(s)
		if !ok {
			continue
		}
		d.node(v, 0)
	}
	for _, r := range d.refs {
		name := d.names[r.id]
		if name == "" {
			continue
		}
		it := &d.items[r.item]
		switch r.kind {
		case 'a':
			if d.orgs[r.id] {
				it.orgAuthors = append(it.orgAuthors, name)
			} else {
				it.authors = append(it.authors, name)
			}
		case 'p':
			if it.publisher == "" {
				it.publisher = name
			}
		}
	}
	return d
}

// parseLenientJSON decodes s, retrying once on a repaired copy.
func parseLenientJSON(s string) (any, bool) {
	b := []byte(strings.TrimSpace(s))
	b = trimWrappers(b)
	if len(b) == 0 {
		return nil, false
	}
	var v any
	if err := json.Unmarshal(b, &v); err == nil {
		return v, true
	}
	if err := json.Unmarshal(repairJSON(b), &v); err == nil {
		return v, true
	}
	return nil, false
}

// trimWrappers strips <!-- -->, //<![CDATA[ ]]> and a trailing semicolon.
func trimWrappers(b []byte) []byte {
	for range 4 {
		before := len(b)
		b = bytes.TrimSpace(b)
		b = bytes.TrimPrefix(b, []byte("<!--"))
		b = bytes.TrimSuffix(b, []byte("-->"))
		b = bytes.TrimPrefix(b, []byte("//"))
		b = bytes.TrimSpace(b)
		b = bytes.TrimPrefix(b, []byte("<![CDATA["))
		b = bytes.TrimSuffix(b, []byte("//]]>"))
		b = bytes.TrimSuffix(b, []byte("]]>"))
		b = bytes.TrimSuffix(bytes.TrimSpace(b), []byte(";"))
		if len(b) == before {
			break
		}
	}
	return bytes.TrimSpace(b)
}

// repairJSON turns raw control characters inside strings into spaces and
// drops commas that stand before a closing bracket or brace.
func repairJSON(b []byte) []byte {
	out := make([]byte, 0, len(b))
	inStr, esc := false, false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if inStr {
			switch {
			case esc:
				esc = false
				if !strings.ContainsRune(`"\/bfnrtu`, rune(c)) {
					// An invalid escape such as \' : keep the character alone.
					out = out[:len(out)-1]
				}
			case c == '\\':
				esc = true
			case c == '"':
				inStr = false
			case c < 0x20:
				c = ' '
			}
			out = append(out, c)
			continue
		}
		switch c {
		case '"':
			inStr = true
		case ',':
			j := i + 1
			for j < len(b) && (b[j] == ' ' || b[j] == '\n' || b[j] == '\r' || b[j] == '\t') {
				j++
			}
			if j < len(b) && (b[j] == '}' || b[j] == ']') {
				continue
			}
			if j == len(b) {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// node reads one JSON value: arrays and @graph hold nodes; an object with a
// @type is an item.
func (d *ldDoc) node(v any, depth int) {
	if depth > maxLDDepth || len(d.items) >= maxLDItems {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			d.node(e, depth+1)
		}
	case map[string]any:
		d.object(t, depth)
	}
}

func (d *ldDoc) object(m map[string]any, depth int) {
	if g, ok := m["@graph"]; ok {
		d.node(g, depth+1)
	}
	types := typeNames(m["@type"])
	id := str(m["@id"])
	name := oneLine(str(m["name"]))
	if id != "" && name != "" {
		if d.names == nil {
			d.names = make(map[string]string)
		}
		if _, seen := d.names[id]; !seen {
			d.names[id] = name
			if isOrgType(types) {
				if d.orgs == nil {
					d.orgs = make(map[string]bool)
				}
				d.orgs[id] = true
			}
		}
	}
	kind := ldOther
	for _, t := range types {
		switch k := typeKind(t); {
		case k > kind:
			kind = k
		}
		if t == "WebSite" && d.site == "" {
			d.site = name
		}
	}
	if kind != ldOther {
		it := ldItem{kind: kind, id: id, name: name}
		it.headline = oneLine(str(m["headline"]))
		it.published = str(m["datePublished"])
		if it.published == "" {
			it.published = str(m["dateCreated"])
		}
		if it.published == "" {
			it.published = str(m["uploadDate"])
		}
		it.modified = str(m["dateModified"])
		it.section = firstStr(m["articleSection"])
		it.description = oneLine(str(m["description"]))
		it.language = str(m["inLanguage"])
		if it.language == "" {
			if o, ok := m["inLanguage"].(map[string]any); ok {
				it.language = str(o["alternateName"])
			}
		}
		it.url = str(m["url"])
		if it.url == "" {
			switch me := m["mainEntityOfPage"].(type) {
			case string:
				it.url = me
			case map[string]any:
				it.url = str(me["@id"])
			}
		}
		it.image = imageURL(m["image"], 0)
		if it.image == "" {
			it.image = imageURL(m["thumbnailUrl"], 0)
		}
		it.keywords = keywordList(m["keywords"])
		idx := len(d.items)
		d.items = append(d.items, it)
		d.people(m["author"], idx, 'a', 0)
		if len(d.items[idx].authors) == 0 {
			d.people(m["creator"], idx, 'a', 0)
		}
		d.people(m["publisher"], idx, 'p', 0)
		if len(d.items) > maxLDItems {
			return
		}
	}
	// Nested nodes (mainEntity, hasPart, itemListElement...) may hold the article.
	// Keys are visited in sorted order so that the result does not depend
	// on map iteration.
	var keys []string
	for k, v := range m {
		switch k {
		case "@graph", "author", "creator", "publisher", "image", "@context", "isPartOf", "breadcrumb", "potentialAction":
			continue
		}
		switch v.(type) {
		case map[string]any, []any:
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		d.node(m[k], depth+1)
	}
}

// people reads an author or publisher value: a string, an object with a
// name, a reference by @id, or an array of those.
func (d *ldDoc) people(v any, item int, kind byte, depth int) {
	if depth > 4 {
		return
	}
	switch t := v.(type) {
	case string:
		t = oneLine(unescape(t))
		if t == "" {
			return
		}
		if kind == 'a' {
			d.items[item].authors = append(d.items[item].authors, t)
		} else if d.items[item].publisher == "" {
			d.items[item].publisher = t
		}
	case []any:
		for _, e := range t {
			d.people(e, item, kind, depth+1)
		}
	case map[string]any:
		name := oneLine(str(t["name"]))
		if name == "" {
			given, family := str(t["givenName"]), str(t["familyName"])
			name = oneLine(given + " " + family)
		}
		if name == "" {
			if id := str(t["@id"]); id != "" {
				d.refs = append(d.refs, ldRef{item: item, id: id, kind: kind})
			}
			return
		}
		switch {
		case kind == 'a' && isOrgType(typeNames(t["@type"])):
			d.items[item].orgAuthors = append(d.items[item].orgAuthors, name)
		case kind == 'a':
			d.items[item].authors = append(d.items[item].authors, name)
		case d.items[item].publisher == "":
			d.items[item].publisher = name
		}
	}
}

// isOrgType says whether a node's types make it an organization.
func isOrgType(types []string) bool {
	for _, t := range types {
		if i := strings.LastIndexAny(t, "/:#"); i >= 0 {
			t = t[i+1:]
		}
		switch t {
		case "Organization", "NewsMediaOrganization", "Corporation", "LocalBusiness", "EducationalOrganization",
			"GovernmentOrganization", "NGO", "MedicalOrganization", "OnlineBusiness", "Brand", "WebSite":
			return true
		}
	}
	return false
}

// typeKind ranks one @type name.
func typeKind(t string) ldKind {
	if i := strings.LastIndexAny(t, "/:#"); i >= 0 {
		t = t[i+1:]
	}
	switch t {
	case "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
		"OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "AskPublicNewsArticle",
		"SatiricalArticle", "ScholarlyArticle", "TechArticle", "Report", "LiveBlogPosting",
		"SocialMediaPosting", "DiscussionForumPosting", "Review", "Recipe", "HowTo", "VideoObject",
		"Blog", "CreativeWork", "MedicalWebPage", "Episode", "PodcastEpisode", "Event", "Product", "QAPage":
		if t == "VideoObject" || t == "Blog" || t == "CreativeWork" || t == "Event" || t == "Product" || t == "QAPage" {
			return ldPage
		}
		return ldArticle
	case "WebPage", "ItemPage", "AboutPage", "CollectionPage", "ProfilePage", "FAQPage", "ContactPage", "SearchResultsPage":
		return ldPage
	}
	if strings.HasSuffix(t, "Article") {
		return ldArticle
	}
	return ldOther
}

func typeNames(v any) []string {
	switch t := v.(type) {
	case string:
		return []string{t}
	case []any:
		out := make([]string, 0, len(t))
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// str returns v when it is a string (trimmed), or the first string of an array.
func str(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(unescape(t))
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok && strings.TrimSpace(s) != "" {
				return strings.TrimSpace(unescape(s))
			}
		}
	case float64:
		if t > 0 && t < 1e13 {
			return strings.TrimRight(strings.TrimRight(jsonNumber(t), "0"), ".")
		}
	}
	return ""
}

func jsonNumber(f float64) string {
	b, _ := json.Marshal(f)
	return string(b)
}

func firstStr(v any) string {
	return oneLine(str(v))
}

// imageURL reads an image value: a URL, an ImageObject, or an array.
func imageURL(v any, depth int) string {
	if depth > 3 {
		return ""
	}
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		for _, e := range t {
			if u := imageURL(e, depth+1); u != "" {
				return u
			}
		}
	case map[string]any:
		if u := str(t["url"]); u != "" {
			return u
		}
		return str(t["contentUrl"])
	}
	return ""
}

// keywordList reads keywords given as an array or a comma-separated string.
func keywordList(v any) []string {
	var out []string
	switch t := v.(type) {
	case string:
		out = splitTags(t)
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, splitTags(s)...)
			}
		}
	}
	return out
}

// splitTags splits a comma-separated keyword list, trimming each.
func splitTags(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = oneLine(p); p != "" && len(p) < 100 {
			out = append(out, p)
		}
	}
	return out
}
