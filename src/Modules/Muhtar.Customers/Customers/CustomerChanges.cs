using Muhtar.Customers.Tags;

namespace Muhtar.Customers.Customers;

/// <summary>Which API fields differ between two drafts: for the update event and for skipping no-op saves.</summary>
internal static class CustomerChanges
{
    public static IReadOnlyList<string> Between(CustomerDraft before, CustomerDraft after)
    {
        var changed = new List<string>();
        Check(changed, "kind", before.Kind, after.Kind);
        Check(changed, "firstName", before.FirstName, after.FirstName);
        Check(changed, "lastName", before.LastName, after.LastName);
        Check(changed, "companyName", before.CompanyName, after.CompanyName);
        Check(changed, "phone", before.Phone, after.Phone);
        Check(changed, "email", before.Email, after.Email);
        Check(changed, "gender", before.Gender, after.Gender);
        Check(changed, "birthDate", before.BirthDate, after.BirthDate);
        Check(changed, "cardNumber", before.CardNumber, after.CardNumber);
        Check(changed, "parentCompanyId", before.ParentCompanyId, after.ParentCompanyId);
        if (!TagKeys(before).SetEquals(TagKeys(after)))
        {
            changed.Add("tags");
        }

        if (ExternalIdText(before) != ExternalIdText(after))
        {
            changed.Add("externalIds");
        }

        return changed;
    }

    /// <summary>"a, b, c" for the audit trail.</summary>
    public static string? TagText(CustomerDraft draft) =>
        draft.Tags.Count == 0 ? null : string.Join(", ", CustomerMapping.SortTags(draft.Tags));

    /// <summary>"erp=42; shopify=981" for the audit trail.</summary>
    public static string? ExternalIdText(CustomerDraft draft) =>
        draft.ExternalIds.Count == 0
            ? null
            : string.Join("; ", draft.ExternalIds.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));

    private static HashSet<string> TagKeys(CustomerDraft draft) =>
        draft.Tags.Select(CustomerTag.Normalize).ToHashSet(StringComparer.Ordinal);

    private static void Check<T>(List<string> changed, string field, T before, T after)
    {
        if (!EqualityComparer<T>.Default.Equals(before, after))
        {
            changed.Add(field);
        }
    }
}
