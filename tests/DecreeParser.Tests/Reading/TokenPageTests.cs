using System.Text;
using DecreeParser.Ingest.Reading.Html;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Reading;

/// <summary>
/// The page built from the tokens against the page the HTML parser builds: where the builder takes
/// markup, every element, line, id, class, span and piece of text must be the parser's; where the
/// parser would repair the markup, the builder must give it up.
/// </summary>
public sealed class TokenPageTests
{
    public static TheoryData<string> CorpusPages => new(Directory.EnumerateFiles(Path.Combine(Repository.Root, "corpus"), "*.html", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(Repository.Root, path)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(CorpusPages))]
    public void Every_page_of_the_corpus_is_built_from_its_tokens_as_the_parser_builds_it(string page) =>
        // adilet's pages and those made in their layout are what the builder is for: none may fall back.
        AssertTakenAsParserBuildsIt(File.ReadAllText(Repository.File(page)));

    /// <summary>Markup a page may hold, which the builder reads as the parser does.</summary>
    public static TheoryData<string> Taken => new(
    [
        "<!DOCTYPE html><html><head><title>t</title></head><body><article><p>a<p>b</article></body></html>",
        // A table in a paragraph closes it in standards mode; the </p> after it makes an empty one.
        "<!DOCTYPE html><body><article><p id=\"z1\"><table><tr><td>x<td>y<tr><td colspan=\"2\">z</table></p></article>",
        // Without a doctype the paragraph holds the table.
        "<html><body><article><p><table><tr><td>x</td></tr></table></p></article></body></html>",
        "<!DOCTYPE html><body><article><ul><li>one<li>two<p>more</ul><pre>\nkept\n</pre></article>",
        "<!DOCTYPE html><body><div class=\"container slogan\"><h1>T</h1><p>Act <span class=\"status\">in force</span></p></div><article><h3>A</h3><p class=\"note\">n</p></article>",
        "<!DOCTYPE html><body><div><svg viewBox=\"0 0 1 1\"><g><path d=\"M0\"/></g></svg></div><article><p>a <b>b</b> <a href=\"/x\">c</a><br>d</p></article>",
        "<!DOCTYPE html><body><article><table><thead><tr><th>h</th></tr></thead><tbody><tr><td rowspan=\"2\"><p>a</p><p>b</td></tr></tbody></table></article>",
        "<!DOCTYPE html><body><noscript><img src=\"counter\"></noscript><article><ul><li>a<noscript>b</noscript><li>c</ul></article>",
        "<!DOCTYPE html><body><article><p>a &amp; b &nbsp; c</p>\n<script>var s = '</p>';</script><style>p{}</style></article></body></html>\n",
    ]);

    [Theory]
    [MemberData(nameof(Taken))]
    public void Markup_the_builder_takes_is_built_as_the_parser_builds_it(string html) => AssertTakenAsParserBuildsIt(html);

    /// <summary>Markup the parser repairs: tags crossed, text astray in a table, elements reopened.</summary>
    public static TheoryData<string> Repaired => new(
    [
        "<!DOCTYPE html><body><article><b><i>x</b></i></article>",
        "<!DOCTYPE html><body><article><p><span><div>x</div></span></p></article>",
        "<!DOCTYPE html><body><article><table>astray<tr><td>x</td></tr></table></article>",
        "<!DOCTYPE html><body><article><table><p>x</p></table></article>",
        "<!DOCTYPE html><body><article><p><b>x<div>y</div></article>",
        "<!DOCTYPE html><body><article><a href=a>x<a href=b>y</a></article>",
        "<!DOCTYPE html><body><article><h1>x<h2>y</h2></article>",
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\"><body><article><p>x</article>",
        "<!DOCTYPE html><body><article><td>x</td></article>",
        "<!DOCTYPE html><p>text before the body's tag</p><article>x</article>",
        "<!DOCTYPE html><body><article><p>x</article></body><p>after the body</p>",
    ]);

    [Theory]
    [MemberData(nameof(Repaired))]
    public void Markup_the_parser_repairs_is_left_to_the_parser(string html) => Assert.Null(TokenPage.Build(html.AsMemory()));

    /// <summary>
    /// Random markup in the shape of a page: nested elements whose end tags are sometimes left out
    /// where HTML allows it and sometimes not, with now and then a stray tag. For every page the
    /// builder takes, the parser's elements. The seed is fixed, so a failure reproduces.
    /// </summary>
    [Fact]
    public void Random_markup_is_built_as_the_parser_builds_it_or_left_to_the_parser()
    {
        var random = new Random(897);
        var taken = 0;
        for (var i = 0; i < 3000; i++)
        {
            var html = new StringBuilder(random.Next(3) == 0 ? "" : "<!DOCTYPE html>").Append("<html><body>");
            RandomMarkup.Flow(html, random, depth: 0);
            var page = html.ToString();
            if (TokenPage.Build(page.AsMemory()) is not { } built) continue;
            taken++;
            AssertSameAsParser(page, built);
        }
        // The cases must exercise the builder, not only its giving up.
        Assert.True(taken > 800, $"the builder took only {taken} of 3000 random pages");
    }

    private static void AssertTakenAsParserBuildsIt(string html)
    {
        var built = TokenPage.Build(html.AsMemory());
        Assert.NotNull(built);
        AssertSameAsParser(html, built);
    }

    private static void AssertSameAsParser(string html, Page built)
    {
        var (parsed, _) = DomPage.Parse(html.AsMemory());
        Assert.Equal(Dump(parsed.Body), Dump(built.Body));
        Assert.Equal(Dump(parsed.Article), Dump(built.Article));
        Assert.Equal(Dump(parsed.Slogan), Dump(built.Slogan));
    }

    /// <summary>The tree as text: each element with what the reader uses of it, adjacent text joined.</summary>
    private static string Dump(PageElement? root)
    {
        var dump = new StringBuilder();
        if (root is not null) Write(root, 0);
        return dump.ToString();

        void Write(PageElement element, int depth)
        {
            dump.Append(' ', depth).Append('<').Append(element.Name.ToLowerInvariant())
                .Append(" line=").Append(element.Line).Append(" id=").Append(element.Id ?? "(none)").Append(" class=").Append(element.ClassName ?? "(none)")
                .Append(" span=").Append(element.ColumnSpan).Append('x').Append(element.RowSpan).Append(element.HoldsTable ? " holds-table" : "").Append('\n');
            var text = new StringBuilder();
            foreach (var child in element.Children)
            {
                if (child is PageText piece)
                {
                    text.Append(piece.Data);
                    continue;
                }
                Flush();
                Write((PageElement)child, depth + 1);
            }
            Flush();

            void Flush()
            {
                if (text.Length > 0) dump.Append(' ', depth + 1).Append('"').Append(text).Append("\"\n");
                text.Clear();
            }
        }
    }
}
