using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Microsoft.Extensions.Localization;
using Muhtar.Privacy.Localization;

namespace Muhtar.Privacy.Export;

/// <summary>
/// The export as a page a person can read, print or save as PDF from the browser. Every value and key is
/// HTML-encoded: the data came from customers, tills and integrations, and none of it may become markup.
/// </summary>
internal sealed class ExportHtmlRenderer(IStringLocalizer<PrivacyResource> text)
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;margin:2rem;line-height:1.4}
        h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem;border-bottom:2px solid #333}
        table{border-collapse:collapse;width:100%;margin:.25rem 0 1rem;font-size:.9rem}
        th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top;word-break:break-word}
        th{background:#f0f0f0}.meta{color:#555;font-size:.9rem}.empty{color:#555;font-style:italic}
        @media print{body{margin:0}h2{break-after:avoid}tr{break-inside:avoid}}
        """;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public string Render(JsonObject document)
    {
        var html = new StringBuilder();
        var lang = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "tr";
        html.Append("<!DOCTYPE html><html lang=\"").Append(lang).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(text["Export.Title"])).Append("</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<h1>").Append(Encode(text["Export.Title"])).Append("</h1>")
            .Append("<p class=\"meta\">").Append(Encode(text["Export.Intro"])).Append("</p>")
            .Append("<p class=\"meta\">").Append(Encode(text["Export.Generated"])).Append(": ").Append(Encode(Scalar(document["generatedAt"])))
            .Append(" · ").Append(Encode(text["Export.Request"])).Append(": ").Append(Encode(Scalar(document["requestId"]))).Append("</p>");
        if (document["sections"] is JsonObject sections)
        {
            foreach (var (name, section) in sections)
            {
                var title = text["Section." + name];
                html.Append("<section><h2>").Append(Encode(title.ResourceNotFound ? name : title.Value)).Append("</h2>");
                Value(html, section);
                html.Append("</section>");
            }
        }

        return html.Append("</body></html>").ToString();
    }

    private void Value(StringBuilder html, JsonNode? node)
    {
        switch (node)
        {
            case null:
                html.Append("<p class=\"empty\">").Append(Encode(text["Export.Nothing"])).Append("</p>");
                break;
            case JsonObject obj:
                html.Append("<table><tbody>");
                foreach (var (key, value) in obj)
                {
                    html.Append("<tr><th scope=\"row\">").Append(Encode(key)).Append("</th><td>");
                    Cell(html, value);
                    html.Append("</td></tr>");
                }

                html.Append("</tbody></table>");
                break;
            case JsonArray array when array.Count == 0:
                html.Append("<p class=\"empty\">").Append(Encode(text["Export.Nothing"])).Append("</p>");
                break;
            case JsonArray array when array.All(i => i is JsonObject):
                Rows(html, array.Cast<JsonObject>().ToList());
                break;
            case JsonArray array:
                html.Append("<ul>");
                foreach (var item in array)
                {
                    html.Append("<li>");
                    Cell(html, item);
                    html.Append("</li>");
                }

                html.Append("</ul>");
                break;
            default:
                html.Append("<p>").Append(Encode(Scalar(node))).Append("</p>");
                break;
        }
    }

    /// <summary>A list of records as one table whose columns are every key any record has.</summary>
    private void Rows(StringBuilder html, List<JsonObject> rows)
    {
        var columns = rows.SelectMany(r => r.Select(p => p.Key)).Distinct(StringComparer.Ordinal).ToList();
        html.Append("<table><thead><tr>");
        foreach (var column in columns)
        {
            html.Append("<th scope=\"col\">").Append(Encode(column)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var column in columns)
            {
                html.Append("<td>");
                Cell(html, row.TryGetPropertyValue(column, out var value) ? value : null);
                html.Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
    }

    private void Cell(StringBuilder html, JsonNode? node)
    {
        if (node is JsonObject or JsonArray)
        {
            Value(html, node);
        }
        else
        {
            html.Append(Encode(Scalar(node)));
        }
    }

    private static string Scalar(JsonNode? node) => node switch
    {
        null => "—",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => JsonSerializer.Deserialize<string>(value.ToJsonString()) ?? "",
        JsonValue value when value.GetValueKind() == JsonValueKind.True => "✓",
        JsonValue value when value.GetValueKind() == JsonValueKind.False => "✗",
        _ => node.ToJsonString(),
    };

    /// <summary>Markup characters become entities; Turkish letters stay readable in the source.</summary>
    private static string Encode(string value) => Encoder.Encode(value);
}
