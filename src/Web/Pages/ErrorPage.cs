namespace DecreeParser.Web.Pages;

/// <summary>A page that says what went wrong (an unknown id, a refused query, an index that cannot be read) and leads back to the search.</summary>
public static class ErrorPage
{
    public static string Render(UiText text, string message, string otherLanguageUrl) =>
        Layout.Page(text, message, otherLanguageUrl, html => html
            .Open("div", ("class", "error")).Element("p", message).Open("p").Link(Layout.InLanguage("/", text.Language), text.AppTitle).Close("p").Close("div"));
}
