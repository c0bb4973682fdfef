using Microsoft.Extensions.Localization;
using Muhtar.Abstractions.Consent;
using Muhtar.Abstractions.Customers;
using Muhtar.Platform.Errors;

namespace Muhtar.Pos.Checkout;

/// <summary>
/// Enrolment on the spot (P1): a person from a phone (names optional) and the consents the customer gave at
/// the till, recorded as given in the shop (İYS "fiziksel ortam") with "till" as evidence. A phone another
/// customer has is the customers API's 409 with <c>existingCustomerId</c>.
/// </summary>
internal sealed class TillEnrolment(
    ICustomerEditor editor, ICustomerDirectory customers, IConsentLedger consents, CustomerLookup lookup, TimeProvider time,
    IStringLocalizer<CheckoutResource> text)
{
    public const string Evidence = "till";

    public async Task<LookupResponse> EnrolAsync(EnrolRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Phone))
        {
            throw new RuleViolation("phone", text["Field.Required"]);
        }

        if (request.Consents?.Email is not null)
        {
            // Checked before the customer is created: the ledger refuses e-mail consent without an address, and a
            // half-done enrolment would turn the till's retry into a 409.
            throw new RuleViolation("consents.email", text["Enrol.EmailConsent"]);
        }

        var id = await editor.EnrolAsync(request.Phone, request.FirstName, request.LastName, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var decisions = Decisions(request.Consents)
            .Select(d => new ConsentDecision(id, d.Channel, d.Approved ? ConsentStatus.Approved : ConsentStatus.Refused, ConsentSource.Shop, now, Evidence))
            .ToList();
        if (decisions.Count > 0)
        {
            await consents.RecordManyAsync(decisions, ct);
        }

        var customer = await customers.GetAsync(id, ct) ?? throw new InvalidOperationException($"Customer {id} vanished right after enrolment.");
        return await lookup.DescribeAsync(customer, ct);
    }

    private static IEnumerable<(ConsentChannel Channel, bool Approved)> Decisions(ConsentFlags? flags)
    {
        if (flags is null)
        {
            yield break;
        }

        foreach (var (channel, value) in new[] { (ConsentChannel.Sms, flags.Sms), (ConsentChannel.Email, flags.Email), (ConsentChannel.WhatsApp, flags.WhatsApp), (ConsentChannel.Call, flags.Call) })
        {
            if (value is { } approved)
            {
                yield return (channel, approved);
            }
        }
    }
}
