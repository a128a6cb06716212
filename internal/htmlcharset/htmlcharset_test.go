package htmlcharset

import (
	"bytes"
	"compress/gzip"
	"github.com/ledehq/lede/internal/sharedtest"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Test texts, written for these tests: a short local news item in each
// language, long enough to be a paragraph of a real page.
var texts = map[string]string{
	"fr": "Le conseil municipal a décidé mercredi de prolonger les travaux de rénovation de la gare jusqu'à l'été prochain. " +
		"Les habitants du quartier, déjà privés de leur marché hebdomadaire, s'inquiètent des conséquences économiques. " +
		"« Nous ne savons pas comment nous allons tenir », a déclaré une commerçante.",
	"de": "Die Bürgermeisterin erklärte am Donnerstag, dass die Straßenbahnlinie über die Brücke geführt werden soll. " +
		"Anwohner äußerten Bedenken wegen des Lärms während der Bauarbeiten, die voraussichtlich zwölf Monate dauern.",
	"es": "El gobierno regional anunció el martes un plan para reducir el tráfico en el centro de la ciudad. " +
		"«Es una decisión difícil pero necesaria», afirmó la portavoz, que pidió paciencia a los vecinos.",
	"pl": "Rada miasta zdecydowała w środę, że remont dworca potrwa do przyszłego lata. " +
		"Mieszkańcy dzielnicy, którzy już stracili cotygodniowy targ, obawiają się skutków dla lokalnych sklepów.",
	"cs": "Městská rada ve středu rozhodla, že rekonstrukce nádraží potrvá až do příštího léta. " +
		"Obyvatelé čtvrti se obávají dopadů na místní obchody, které už přišly o týdenní trh.",
	"ru": "Городской совет в среду решил продлить ремонт вокзала до следующего лета. " +
		"Жители района, которые уже лишились еженедельного рынка, опасаются последствий для местных магазинов. " +
		"«Мы не знаем, как будем держаться», сказала одна из продавщиц.",
	"ru-koi8": "Жители района, которые уже лишились еженедельного рынка, опасаются последствий для местных магазинов. " +
		"Городской совет в среду решил продлить ремонт вокзала до следующего лета, сообщила пресс-служба.",
	"el": "Το δημοτικό συμβούλιο αποφάσισε την Τετάρτη να παρατείνει τις εργασίες ανακαίνισης του σταθμού μέχρι το επόμενο καλοκαίρι. " +
		"Οι κάτοικοι της περιοχής ανησυχούν για τις συνέπειες στα τοπικά καταστήματα.",
	"tr": "Belediye meclisi çarşamba günü istasyonun yenileme çalışmalarını gelecek yaza kadar uzatmaya karar verdi. " +
		"Mahalle sakinleri, haftalık pazarı zaten kaybettiklerini ve yerel dükkânlar üzerindeki etkilerden endişe ettiklerini söyledi.",
	"ar": "قرر المجلس البلدي يوم الأربعاء تمديد أعمال ترميم محطة القطار حتى الصيف المقبل. " +
		"ويخشى سكان الحي، الذين فقدوا سوقهم الأسبوعية، من تأثير ذلك على المتاجر المحلية.",
	"he": "מועצת העיר החליטה ביום רביעי להאריך את עבודות השיפוץ בתחנת הרכבת עד הקיץ הבא. " +
		"תושבי השכונה, שכבר איבדו את השוק השבועי, חוששים מההשפעה על החנויות המקומיות.",
	"th": "สภาเทศบาลตัดสินใจเมื่อวันพุธให้ขยายเวลาการปรับปรุงสถานีรถไฟไปจนถึงฤดูร้อนหน้า " +
		"ชาวบ้านในย่านนี้ซึ่งเสียตลาดประจำสัปดาห์ไปแล้วกังวลเรื่องผลกระทบต่อร้านค้าในท้องถิ่น",
	"zh-Hans": "市议会星期三决定将火车站的翻修工程延长到明年夏天。该地区的居民已经失去了每周的集市，" +
		"他们担心这会对当地商店造成影响。一位店主说：“我们不知道该怎么坚持下去。”",
	"zh-Hant": "市議會星期三決定將火車站的翻修工程延長到明年夏天。該地區的居民已經失去了每週的市集，" +
		"他們擔心這會對當地商店造成影響。一位店主說：「我們不知道該怎麼堅持下去。」",
	"ja": "市議会は水曜日、駅の改修工事を来年の夏まで延長することを決めた。地域の住民はすでに毎週の市場を失っており、" +
		"地元の商店への影響を心配している。ある店主は「どうやって続けていけばいいのか分からない」と話した。",
	"ko": "시의회는 수요일 기차역 보수 공사를 내년 여름까지 연장하기로 결정했다. 지역 주민들은 이미 매주 열리던 시장을 잃었고 " +
		"지역 상점에 미칠 영향을 걱정하고 있다. 한 상인은 \"어떻게 버텨야 할지 모르겠다\"고 말했다.",
}

// page wraps body text in a small HTML page with an optional head element.
func page(head, body string) string {
	return "<!DOCTYPE html>\n<html><head><title>News</title>" + head + "</head>\n<body><article><p>" + body + "</p></article></body></html>\n"
}

func encode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding test text: %v", err)
	}
	return b
}

func TestDecodeRules(t *testing.T) {
	fr := texts["fr"]
	ru := texts["ru"]
	tests := []struct {
		name        string
		page        []byte
		contentType string
		wantName    string
		wantText    string // a piece of the decoded page
	}{
		{"utf-8 BOM", append([]byte("\xEF\xBB\xBF"), page("", fr)...), "", "utf-8", "rénovation"},
		{"utf-8 BOM beats header", append([]byte("\xEF\xBB\xBF"), page("", fr)...), "text/html; charset=windows-1251", "utf-8", "rénovation"},
		{"utf-16le BOM", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), page("", ru)), "", "utf-16le", "вокзала"},
		{"utf-16be BOM", encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), page("", fr)), "", "utf-16be", "rénovation"},
		{"utf-16le without BOM", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), page("", fr)), "", "utf-16le", "rénovation"},
		{"header charset", encode(t, charmap.Windows1251, page("", ru)), "text/html; charset=windows-1251", "windows-1251", "вокзала"},
		{"header charset quoted", encode(t, charmap.KOI8R, page("", texts["ru-koi8"])), `text/html; charset="KOI8-R"`, "koi8-r", "вокзала"},
		{"header beats meta", encode(t, charmap.Windows1251, page(`<meta charset="iso-8859-1">`, ru)), "text/html;charset=cp1251", "windows-1251", "вокзала"},
		{"meta charset", encode(t, charmap.Windows1251, page(`<meta charset="windows-1251">`, ru)), "", "windows-1251", "вокзала"},
		{"meta charset unquoted", encode(t, charmap.KOI8R, page(`<META CHARSET=koi8-r>`, texts["ru-koi8"])), "text/html", "koi8-r", "вокзала"},
		{"meta http-equiv", encode(t, charmap.Windows1251, page(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">`, ru)), "", "windows-1251", "вокзала"},
		{"meta http-equiv content first", encode(t, charmap.KOI8R, page(`<meta content='text/html; charset=koi8-r' http-equiv='content-type' />`, texts["ru-koi8"])), "", "koi8-r", "вокзала"},
		{"xml declaration", encode(t, charmap.Windows1251, `<?xml version="1.0" encoding="windows-1251"?>`+page("", ru)), "", "windows-1251", "вокзала"},
		{"meta after a long script", encode(t, charmap.Windows1251, page("<script>"+strings.Repeat("var x = 1;\n", 400)+"</script><meta charset=windows-1251>", ru)), "", "windows-1251", "вокзала"},
		{"meta in a comment is ignored", encode(t, charmap.KOI8R, page(`<!-- <meta charset="windows-1251"> -->`, texts["ru-koi8"])), "", "koi8-r", "вокзала"},
		{"meta in the body is ignored", encode(t, charmap.KOI8R, page("", `<meta charset="windows-1251">`+texts["ru-koi8"])), "", "koi8-r", "вокзала"},
		{"unknown label is sniffed", encode(t, charmap.Windows1251, page(`<meta charset="no-such-charset">`, ru)), "text/html; charset=bogus", "windows-1251", "вокзала"},
		{"replacement label is sniffed", encode(t, charmap.Windows1252, page(`<meta charset="iso-2022-kr">`, fr)), "", "windows-1252", "rénovation"},
		{"x-user-defined is windows-1252", encode(t, charmap.Windows1252, page(`<meta charset="x-user-defined">`, fr)), "", "windows-1252", "rénovation"},
		{"latin-1 label means windows-1252", encode(t, charmap.Windows1252, page(`<meta charset="ISO-8859-1">`, "l\u2019été")), "", "windows-1252", "l\u2019été"},
		{"declared latin-1 on valid utf-8", []byte(page(`<meta charset="iso-8859-1">`, fr)), "", "utf-8", "rénovation"},
		{"declared gbk on valid utf-8", []byte(page(`<meta charset="gbk">`, texts["zh-Hans"])), "text/html", "utf-8", "火车站"},
		{"declared latin-1 on ascii", []byte(page(`<meta charset="iso-8859-1">`, "plain words")), "", "windows-1252", "plain words"},
		{"declared utf-8 on legacy bytes", encode(t, charmap.Windows1252, page(`<meta charset="utf-8">`, fr)), "", "windows-1252", "rénovation"},
		{"declared utf-8 with a stray byte", []byte(page(`<meta charset="utf-8">`, fr+"\xE9")), "", "utf-8", "rénovation"},
		{"undeclared utf-8 with a stray byte", []byte(page("", fr+" caf\xE9")), "", "utf-8", "caf\uFFFD"},
		{"declared latin-1 on utf-8 with a stray byte", []byte(page(`<meta charset="windows-1252">`, fr+" caf\xE9")), "", "utf-8", "rénovation"},
		{"meta utf-16 on an ascii page is utf-8", []byte(page(`<meta charset="utf-16">`, "plain words")), "", "utf-8", "plain words"},
		{"declaration the bytes contradict", encode(t, simplifiedchinese.GBK, page(`<meta charset="shift_jis">`, strings.Repeat(texts["zh-Hans"], 3))), "", "gbk", "火车站"},
		{"declared single-byte charset kept", encode(t, charmap.Windows1251, page(`<meta charset="koi8-r">`, ru)), "", "koi8-r", ""},
		{"iso-2022-jp undeclared", encode(t, japanese.ISO2022JP, page("", texts["ja"])), "", "iso-2022-jp", "延長"},
		{"iso-2022-jp declared", encode(t, japanese.ISO2022JP, page(`<meta charset="iso-2022-jp">`, texts["ja"])), "", "iso-2022-jp", "延長"},
		{"empty", nil, "", "utf-8", ""},
		{"only invalid bytes", []byte{0xFE, 0xFD, 0x80}, "", "", ""},
		{"plain ascii", []byte("just text"), "", "utf-8", "just text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, name, err := Decode(tt.page, tt.contentType)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if tt.wantName != "" && name != tt.wantName {
				t.Errorf("encoding = %q, want %q", name, tt.wantName)
			}
			if !utf8.Valid(out) {
				t.Errorf("output is not valid UTF-8")
			}
			if !strings.Contains(string(out), tt.wantText) {
				t.Errorf("output lacks %q:\n%.300s", tt.wantText, out)
			}
		})
	}
}

// TestSniff checks that undeclared pages in each sniffed encoding are
// recognised from their bytes alone.
func TestSniff(t *testing.T) {
	tests := []struct {
		lang string
		enc  encoding.Encoding
		want string
	}{
		{"fr", charmap.Windows1252, "windows-1252"},
		{"de", charmap.Windows1252, "windows-1252"},
		{"es", charmap.Windows1252, "windows-1252"},
		{"fr", charmap.ISO8859_1, "windows-1252"},
		{"pl", charmap.Windows1250, "windows-1250"},
		{"cs", charmap.Windows1250, "windows-1250"},
		{"ru", charmap.Windows1251, "windows-1251"},
		{"ru-koi8", charmap.KOI8R, "koi8-r"},
		{"el", charmap.Windows1253, "windows-1253"},
		{"tr", charmap.Windows1254, "windows-1254"},
		{"ar", charmap.Windows1256, "windows-1256"},
		{"he", charmap.Windows1255, "windows-1255"},
		{"th", charmap.Windows874, "windows-874"},
		{"zh-Hans", simplifiedchinese.GBK, "gbk"},
		{"zh-Hans", simplifiedchinese.HZGB2312, ""}, // 7-bit: stays ASCII, read as UTF-8
		{"zh-Hant", traditionalchinese.Big5, "big5"},
		{"ja", japanese.ShiftJIS, "shift_jis"},
		{"ja", japanese.EUCJP, "euc-jp"},
		{"ko", korean.EUCKR, "euc-kr"},
	}
	for _, tt := range tests {
		if tt.want == "" {
			continue
		}
		t.Run(tt.lang+"/"+tt.want, func(t *testing.T) {
			text := texts[tt.lang]
			out, name, err := Decode(encode(t, tt.enc, page("", text)), "")
			if err != nil {
				t.Fatal(err)
			}
			if name != tt.want {
				t.Errorf("sniffed %q, want %q", name, tt.want)
			}
			if !strings.Contains(string(out), text) {
				t.Errorf("decoded text differs from the original:\n%.300s", out)
			}
		})
	}
}

// TestSniffShortText checks that a page with only a few accented letters
// among English words is read as windows-1252, not as a far-off encoding.
func TestSniffShortText(t *testing.T) {
	for _, body := range []string{"The café on Main Street reopened.", "Jürgen said it was “fine”.", "Price: 5 €"} {
		_, name, _ := Decode(encode(t, charmap.Windows1252, page("", body)), "")
		if name != "windows-1252" {
			t.Errorf("%q: sniffed %q, want windows-1252", body, name)
		}
	}
}

func TestDecodeFastPathDoesNotCopy(t *testing.T) {
	p := []byte(page("", texts["fr"]))
	out, _, _ := Decode(p, "text/html; charset=utf-8")
	if &out[0] != &p[0] || len(out) != len(p) {
		t.Error("valid UTF-8 was copied")
	}
	withBOM := append([]byte("\xEF\xBB\xBF"), p...)
	out, _, _ = Decode(withBOM, "")
	if &out[0] != &withBOM[3] {
		t.Error("valid UTF-8 after a BOM was copied")
	}
}

func TestInvalidBytesBecomeReplacement(t *testing.T) {
	out, name, err := Decode([]byte("a\xE2\x82b ok \xC3\xA9 \xC3\xA9 \xC3\xA9"), "text/html; charset=utf-8")
	if err != nil || name != "utf-8" {
		t.Fatalf("Decode = %q, %v", name, err)
	}
	if want := "a\uFFFD\uFFFDb ok é é é"; string(out) != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

func TestCharsetParam(t *testing.T) {
	tests := map[string]string{
		"text/html; charset=UTF-8":            "UTF-8",
		"text/html;charset=\"windows-1251\"":  "windows-1251",
		"text/html; Charset = koi8-r ; q=1":   "koi8-r",
		"text/html":                           "",
		"":                                    "",
		"text/html; charsetx=1; charset=big5": "big5",
		"text/html; charset=":                 "",
	}
	for in, want := range tests {
		if got := charsetParam(in); got != want {
			t.Errorf("charsetParam(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(page(`<meta charset="windows-1251">`, "abc")), "")
	f.Add([]byte("\xEF\xBB\xBF<p>x"), "text/html; charset=gbk")
	f.Add([]byte{0xFF, 0xFE, 'a', 0, 0xD8, 0}, "")
	f.Add([]byte("<meta http-equiv=content-type content='charset=shift_jis'>\x82\xa0"), "")
	f.Add([]byte("\x1b$B$\"\x1b(B"), "")
	f.Add([]byte("caf\xe9 na\xefve \xc3\xa9"), "text/plain; charset=utf-8")
	f.Fuzz(func(t *testing.T, p []byte, contentType string) {
		out, name, err := Decode(p, contentType)
		if err != nil {
			t.Fatalf("Decode failed: %v", err)
		}
		if name == "" {
			t.Fatal("no encoding name")
		}
		if !utf8.Valid(out) {
			t.Fatalf("output is not valid UTF-8: %q", out)
		}
		// Pure ASCII without escapes or zero bytes reads the same in every
		// encoding lede chooses: it must come back unchanged.
		if isPlainASCII(p) && !bytes.Equal(out, p) {
			t.Fatalf("ASCII page changed: %q -> %q (%s)", p, out, name)
		}
	})
}

func isPlainASCII(p []byte) bool {
	for _, c := range p {
		if c >= utf8.RuneSelf || c == 0 || c == 0x1B {
			return false
		}
	}
	return true
}

// benchPages reads up to n pages of the scrapinghub benchmark, or skips.
func benchPages(b *testing.B, n int) [][]byte {
	b.Helper()
	dir := sharedtest.Path(b, "bench", "scrapinghub", "html")
	files, _ := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if len(files) == 0 {
		b.Skipf("benchmark pages not found in %s (../shared is absent)", dir)
	}
	if len(files) > n {
		files = files[:n]
	}
	var pages [][]byte
	for _, f := range files {
		pages = append(pages, readGzip(b, f))
	}
	return pages
}

// BenchmarkDecode measures real pages as they come (nearly all UTF-8: the
// fast path) and the same pages converted to legacy encodings without a
// declaration (the sniffing path).
func BenchmarkDecode(b *testing.B) {
	pages := benchPages(b, 20)
	var total int64
	for _, p := range pages {
		total += int64(len(p))
	}
	run := func(b *testing.B, pages [][]byte) {
		b.SetBytes(total / int64(len(pages)))
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			if _, _, err := Decode(pages[i%len(pages)], ""); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.Run("as-served", func(b *testing.B) { run(b, pages) })
	b.Run("windows-1252-sniffed", func(b *testing.B) {
		enc := encoding.ReplaceUnsupported(charmap.Windows1252.NewEncoder())
		var legacy [][]byte
		for _, p := range pages {
			q, err := enc.Bytes(p)
			if err != nil {
				b.Fatal(err)
			}
			legacy = append(legacy, q)
		}
		run(b, legacy)
	})
	b.Run("gbk-sniffed", func(b *testing.B) {
		text := encode(b, simplifiedchinese.GBK, page("", strings.Repeat(texts["zh-Hans"], 200)))
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			Decode(text, "")
		}
	})
}

// TestBenchPagesStayUTF8 reads the real pages of the benchmark data, which
// are stored as UTF-8 whatever charset their markup declares: each must
// come back unchanged, as UTF-8 (a page that still says gb2312 or
// iso-8859-1 in its meta tag must not be turned into mojibake), apart from
// the repair of text that was double-encoded before it reached the page.
func TestBenchPagesStayUTF8(t *testing.T) {
	root := sharedtest.Path(t, "bench")
	files, _ := filepath.Glob(filepath.Join(root, "readability", "*", "source.html.gz"))
	more, _ := filepath.Glob(filepath.Join(root, "scrapinghub", "html", "*.html.gz"))
	files = append(files, more...)
	if len(files) == 0 {
		t.Skipf("no benchmark pages in %s (../shared is absent)", root)
	}
	checked := 0
	for _, f := range files {
		p := readGzip(t, f)
		if !utf8.Valid(p) {
			continue
		}
		checked++
		out, name, err := Decode(p, "")
		want, _ := RepairMojibake(bytes.TrimPrefix(p, []byte("\xEF\xBB\xBF")))
		if err != nil || name != "utf-8" || !bytes.Equal(out, want) {
			t.Errorf("%s: decoded as %q (err %v), want the UTF-8 page unchanged", filepath.Base(filepath.Dir(f))+"/"+filepath.Base(f), name, err)
		}
	}
	if checked < len(files)/2 {
		t.Errorf("only %d of %d pages are valid UTF-8", checked, len(files))
	}
}

func readGzip(tb testing.TB, path string) []byte {
	tb.Helper()
	fh, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer fh.Close()
	zr, err := gzip.NewReader(fh)
	if err != nil {
		tb.Fatal(err)
	}
	p, err := io.ReadAll(zr)
	if err != nil {
		tb.Fatal(err)
	}
	return p
}
