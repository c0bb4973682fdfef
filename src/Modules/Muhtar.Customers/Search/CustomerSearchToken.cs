using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.Search;

/// <summary>
/// One folded word of a customer's name ("ahmet", "yilmaz"). A search word matches when it is a prefix of
/// some token, which a btree index answers in milliseconds at millions of customers.
/// </summary>
internal sealed class CustomerSearchToken : ITenantScoped
{
    public const int MaxLength = 64;

    private CustomerSearchToken()
    {
    }

    public CustomerSearchToken(Guid customerId, string token)
    {
        CustomerId = customerId;
        Token = token;
    }

    public Guid TenantId { get; private set; }

    public Guid CustomerId { get; private set; }

    public string Token { get; private set; } = "";

    public static string Clip(string word) => word.Length <= MaxLength ? word : word[..MaxLength];
}
