using Muhtar.Customers.Addresses;
using Muhtar.Customers.Search;
using Muhtar.Customers.Tags;

using Muhtar.Platform.Text;

namespace Muhtar.Customers.Customers;

internal sealed partial class Customer
{
    public CustomerAddress AddAddress(AddressDraft draft, DateTime now)
    {
        var address = new CustomerAddress(Id, draft, now);
        _addresses.Add(address);
        return address;
    }

    public CustomerAddress? RemoveAddress(Guid addressId)
    {
        var address = _addresses.FirstOrDefault(a => a.Id == addressId);
        if (address is not null)
        {
            _addresses.Remove(address);
        }

        return address;
    }

    /// <summary>Keeps the tags that stay (their rows and spelling), removes the dropped ones, adds the new ones.</summary>
    private void ReconcileTags(IReadOnlyList<string> tags)
    {
        var wanted = tags.ToDictionary(CustomerTag.Normalize, t => t, StringComparer.Ordinal);
        _tags.RemoveAll(t => !wanted.ContainsKey(t.NormalizedName));
        foreach (var (normalized, name) in wanted)
        {
            if (!_tags.Any(t => t.NormalizedName == normalized))
            {
                _tags.Add(new CustomerTag(Id, name));
            }
        }
    }

    /// <summary>One id per system; a changed id is updated in place so the unique index never sees a transient duplicate.</summary>
    private void ReconcileExternalIds(IReadOnlyDictionary<string, string> externalIds)
    {
        _externalIds.RemoveAll(x => !externalIds.ContainsKey(x.System));
        foreach (var (system, value) in externalIds)
        {
            var existing = _externalIds.FirstOrDefault(x => x.System == system);
            if (existing is null)
            {
                _externalIds.Add(new CustomerExternalId(Id, system, value));
            }
            else
            {
                existing.ChangeValue(value);
            }
        }
    }

    private void ReconcileSearchTokens()
    {
        var words = TurkishText.Words(FirstName, LastName, CompanyName)
            .Select(CustomerSearchToken.Clip)
            .Distinct(StringComparer.Ordinal)
            .ToHashSet(StringComparer.Ordinal);
        _searchTokens.RemoveAll(t => !words.Contains(t.Token));
        foreach (var word in words.Where(w => !_searchTokens.Any(t => t.Token == w)))
        {
            _searchTokens.Add(new CustomerSearchToken(Id, word));
        }
    }
}
