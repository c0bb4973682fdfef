using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Messaging;
using Muhtar.Platform.Data;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Messaging.Templates;

/// <summary>
/// Renders a template's body, subject and WhatsApp parameters for one customer of the current business, with
/// the customer's fields and custom fields, the business's name and time zone, and the caller's variables.
/// </summary>
internal sealed class TemplateRendering(
    IDbContextFactory<MuhtarDbContext> dbFactory,
    ITenantContext tenant,
    ICustomerDirectory customers,
    ICustomerProfiles profiles,
    TemplateEngine engine,
    TimeProvider time,
    IStringLocalizer<TemplatesResource> text)
{
    private const string DefaultTimeZone = "Europe/Istanbul";

    /// <summary>An unknown or foreign customer is a RuleViolation naming "customerId"; a template that cannot run names its field.</summary>
    public async Task<RenderedMessage> RenderAsync(
        TemplateDraft draft, Guid customerId, IReadOnlyDictionary<string, string>? variables, CancellationToken cancellationToken)
    {
        var customer = await customers.GetAsync(customerId, cancellationToken)
            ?? throw new RuleViolation("customerId", text["Template.UnknownCustomer"]);
        var fields = await profiles.GetCustomFieldsAsync(customerId, cancellationToken);
        var (businessName, zone) = await BusinessAsync(cancellationToken);
        var model = new TemplateModel(customer, fields, businessName, variables, zone, time.GetUtcNow());

        var body = draft.Body.Length == 0 ? "" : await RenderAsync("body", draft.Body, model, html: draft.Channel == MessageChannel.Email);
        var subject = draft.Subject is null ? null : await RenderAsync("subject", draft.Subject, model, html: false);
        var parameters = new List<string>(draft.WhatsAppParameters.Count);
        for (var i = 0; i < draft.WhatsAppParameters.Count; i++)
        {
            parameters.Add(await RenderAsync($"whatsAppParameters[{i}]", TemplateValidator.ParameterTemplate(draft.WhatsAppParameters[i]), model, html: false));
        }

        return new RenderedMessage(draft.Channel, draft.Purpose, body, subject, draft.WhatsAppTemplateName, parameters)
        {
            WhatsAppLanguage = draft.WhatsAppLanguage,
        };
    }

    private async Task<string> RenderAsync(string field, string source, TemplateModel model, bool html)
    {
        try
        {
            // Texts are trimmed: a loop's or tag's line breaks at either end mean nothing in an SMS.
            return (await engine.RenderAsync(source, model, html)).Trim();
        }
        catch (TemplateRenderException e)
        {
            throw new RuleViolation(field, text["Template.RenderFailed", e.Message]);
        }
    }

    private async Task<(string Name, TimeZoneInfo Zone)> BusinessAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var business = await db.Set<Tenant>().AsNoTracking().Where(t => t.Id == tenant.TenantId)
            .Select(t => new { t.Name, t.TimeZone }).FirstOrDefaultAsync(cancellationToken);
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(business?.TimeZone ?? DefaultTimeZone, out var found)
            ? found
            : TimeZoneInfo.FindSystemTimeZoneById(DefaultTimeZone);
        return (business?.Name ?? "", zone);
    }
}
