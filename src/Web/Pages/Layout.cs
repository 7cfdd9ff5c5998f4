using DecreeParser.Web.Html;

namespace DecreeParser.Web.Pages;

/// <summary>The frame of every page: head with the one style sheet, a header with the search link and the language switch.</summary>
public static class Layout
{
    /// <param name="otherLanguageUrl">This page's address in the other language.</param>
    public static string Page(UiText text, string title, string otherLanguageUrl, Action<HtmlWriter> body)
    {
        var html = new HtmlWriter();
        html.Open("!DOCTYPE html").Open("html", ("lang", text.Language)).Open("head")
            .Open("meta", ("charset", "utf-8"))
            .Open("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"))
            .Element("title", $"{title} · {text.AppTitle}")
            .Open("link", ("rel", "stylesheet"), ("href", "/style.css"))
            .Close("head").Open("body")
            .Open("header")
            .Link(text.Language == "ru" ? "/?lang=ru" : "/", text.AppTitle, ("class", "home"))
            .Link(otherLanguageUrl, text.OtherLanguageName, ("class", "language"), ("hreflang", text.OtherLanguage))
            .Close("header")
            .Open("main");
        body(html);
        return html.Close("main").Close("body").Close("html").ToString();
    }

    /// <summary>An address with its "lang" set to <paramref name="language"/> (dropped for Kazakh, the default).</summary>
    public static string InLanguage(string path, string language) => language == "kk" ? path : $"{path}?lang={language}";
}
