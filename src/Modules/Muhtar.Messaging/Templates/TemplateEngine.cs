using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Fluid;
using Microsoft.Extensions.FileProviders;
using Muhtar.Platform.Text;

namespace Muhtar.Messaging.Templates;

/// <summary>
/// Parses and renders Liquid with Fluid, safely: no file system (include/render find nothing), a bounded number
/// of statements and depth of recursion so no template loops forever, only the values the model hands over
/// (dictionaries and lists, never .NET objects' members), Turkish culture and the business's time zone.
/// </summary>
internal sealed partial class TemplateEngine
{
    /// <summary>Far above any real message (a 1,000-row loop is fine), far below a runaway loop.</summary>
    public const int MaxSteps = 100_000;

    public const int MaxRecursion = 10;

    private static readonly string RangeMessage =
        $"A range such as (1..10) must be written with fixed numbers and hold at most {RangeGuard.MaxItems} items.";

    private static readonly FluidParser Parser = CreateParser();

    private readonly TemplateOptions _options;

    public TemplateEngine()
    {
        _options = new TemplateOptions
        {
            FileProvider = new NullFileProvider(),
            MaxSteps = MaxSteps,
            MaxRecursion = MaxRecursion,
            CultureInfo = TurkishText.Turkish,
            StrictVariables = false,
            StrictFilters = false,
        };
        TemplateFilters.Register(_options.Filters);
    }

    /// <summary>Parses a Liquid text; the error names the 1-based line and column when the parser gives them.</summary>
    public bool TryParse(string source, out IFluidTemplate template, out TemplateSyntaxError? error)
    {
        if (Parser.TryParse(source, out template, out var message))
        {
            error = RangeGuard.IsSafe(template) ? null : new TemplateSyntaxError(RangeMessage, null, null);
            return error is null;
        }

        var where = Position().Match(message ?? "");
        error = where.Success
            ? new TemplateSyntaxError(message!, int.Parse(where.Groups["line"].Value, TurkishText.Turkish), int.Parse(where.Groups["column"].Value, TurkishText.Turkish))
            : new TemplateSyntaxError(message ?? "", null, null);
        return false;
    }

    /// <summary>
    /// Renders a parsed template against the model. HTML-encodes values when <paramref name="html"/> (e-mail bodies);
    /// a template that runs too long or too deep throws <see cref="TemplateRenderException"/>.
    /// </summary>
    public async Task<string> RenderAsync(IFluidTemplate template, TemplateModel model, bool html)
    {
        var context = new TemplateContext(_options)
        {
            TimeZone = model.TimeZone,
            Now = () => model.Now,
        };
        model.Apply(context, _options);
        try
        {
            return await template.RenderAsync(context, html ? HtmlEncoder.Default : NullEncoder.Default);
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("The maximum", StringComparison.Ordinal))
        {
            throw new TemplateRenderException(e.Message, e);
        }
    }

    /// <summary>Parses and renders in one go; a syntax error throws <see cref="TemplateRenderException"/> too, as it cannot render.</summary>
    public async Task<string> RenderAsync(string source, TemplateModel model, bool html)
    {
        if (!TryParse(source, out var template, out var error))
        {
            throw new TemplateRenderException(error!.Message, null);
        }

        return await RenderAsync(template, model, html);
    }

    /// <summary>The standard Liquid tags without include and render: a message template has no files to pull in.</summary>
    private static FluidParser CreateParser()
    {
        var parser = new FluidParser();
        parser.RegisteredTags.Remove("include");
        parser.RegisteredTags.Remove("render");
        return parser;
    }

    [GeneratedRegex(@"\((?<line>\d+):(?<column>\d+)\)")]
    private static partial Regex Position();
}
