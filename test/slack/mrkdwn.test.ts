import { describe, expect, it } from "vitest";
import { escapeMrkdwn, htmlToMrkdwn, htmlToPlainText } from "../../src/slack/mrkdwn.js";

describe("Telegram HTML as Slack mrkdwn", () => {
  it("turns bold, italic, strike and code into Slack's markers", () => {
    expect(htmlToMrkdwn("<b>Pelatihan</b> dan <strong>Seminar</strong>")).toBe("*Pelatihan* dan *Seminar*");
    expect(htmlToMrkdwn("<i>catatan</i> <em>penting</em>")).toBe("_catatan_ _penting_");
    expect(htmlToMrkdwn("<s>batal</s>")).toBe("~batal~");
    expect(htmlToMrkdwn("kode <code>HADIR-42</code>")).toBe("kode `HADIR-42`");
    expect(htmlToMrkdwn("<pre>baris 1\nbaris 2</pre>")).toBe("```baris 1\nbaris 2```");
  });

  it("keeps surrounding spaces outside the markers and formats line by line", () => {
    expect(htmlToMrkdwn("Judul:<b> Pelatihan </b>selesai")).toBe("Judul: *Pelatihan* selesai");
    expect(htmlToMrkdwn("<b>baris satu\nbaris dua</b>")).toBe("*baris satu*\n*baris dua*");
    expect(htmlToMrkdwn("<b> </b>")).toBe(" ");
  });

  it("nests styles and does not repeat a style already open", () => {
    expect(htmlToMrkdwn("<b><i>sangat</i> penting</b>")).toBe("*_sangat_ penting*");
    expect(htmlToMrkdwn("<b>a <strong>b</strong></b>")).toBe("*a b*");
  });

  it("drops underline, spoilers and unknown tags but keeps their text", () => {
    expect(htmlToMrkdwn("<u>garis</u> <tg-spoiler>rahasia</tg-spoiler>")).toBe("garis rahasia");
    expect(htmlToMrkdwn('<span class="tg-spoiler">rahasia</span> <p>paragraf</p>')).toBe("rahasia paragraf");
  });

  it("turns links into Slack links", () => {
    expect(htmlToMrkdwn('<a href="https://tebokab.go.id/a?x=1&amp;y=2">Info</a>')).toBe(
      "<https://tebokab.go.id/a?x=1&amp;y=2|Info>",
    );
    expect(htmlToMrkdwn("<a href='https://x.id'>https://x.id</a>")).toBe("<https://x.id>");
    expect(htmlToMrkdwn("<a>tanpa alamat</a>")).toBe("tanpa alamat");
  });

  it("quotes every line of a blockquote and turns <br> into a new line", () => {
    expect(htmlToMrkdwn("<blockquote>satu\ndua</blockquote>\nsesudah")).toBe("> satu\n> dua\nsesudah");
    expect(htmlToMrkdwn("a<br>b<br/>c")).toBe("a\nb\nc");
  });

  it("keeps Slack's escapes and decodes the other entities", () => {
    expect(htmlToMrkdwn("A &amp; B &lt;x&gt; &quot;kutip&quot; &#39;satu&#39;")).toBe(
      "A &amp; B &lt;x&gt; \"kutip\" 'satu'",
    );
    expect(htmlToMrkdwn("&#60;script&#62;")).toBe("&lt;script&gt;");
  });

  it("escapes stray characters so they cannot become Slack markup", () => {
    expect(htmlToMrkdwn("nilai < 3 & naik > 2")).toBe("nilai &lt; 3 &amp; naik &gt; 2");
    expect(htmlToMrkdwn("<!channel> <@U123>")).toBe("&lt;!channel&gt; &lt;@U123&gt;");
  });

  it("keeps the text inside code literal", () => {
    expect(htmlToMrkdwn("<code><b>x</b> &amp; y</code>")).toBe("`x &amp; y`");
  });

  it("survives unclosed and stray closing tags", () => {
    expect(htmlToMrkdwn("<b>tebal tanpa tutup")).toBe("*tebal tanpa tutup*");
    expect(htmlToMrkdwn("biasa</i> saja")).toBe("biasa saja");
    expect(htmlToMrkdwn("<b><i>x</b> y")).toBe("*_x_* y");
  });

  it("gives plain text for Slack's plain_text fields", () => {
    expect(htmlToPlainText("<b>Daftar</b> &amp; <i>batal</i> &lt;3")).toBe("Daftar & batal <3");
  });

  it("escapes values for mrkdwn", () => {
    expect(escapeMrkdwn("R&D <Tim>")).toBe("R&amp;D &lt;Tim&gt;");
  });
});
