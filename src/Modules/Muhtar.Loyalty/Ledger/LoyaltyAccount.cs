using Muhtar.Platform.Tenancy;

namespace Muhtar.Loyalty.Ledger;

/// <summary>
/// A customer's balance kept next to the ledger for the till's millisecond lookups. It is changed in the
/// same SaveChanges as the ledger rows and always equals their sum (a test checks it); <see cref="Version"/>
/// makes two concurrent postings for one customer conflict instead of both spending the same points.
/// </summary>
internal sealed class LoyaltyAccount : ITenantScoped
{
    private LoyaltyAccount()
    {
    }

    public LoyaltyAccount(Guid customerId)
    {
        Id = Guid.CreateVersion7();
        CustomerId = customerId;
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid CustomerId { get; private set; }

    public long Balance { get; private set; }

    public Guid Version { get; private set; }

    public void Add(long points)
    {
        Balance += points;
        Version = Guid.NewGuid();
    }

    public void Reset(long balance)
    {
        Balance = balance;
        Version = Guid.NewGuid();
    }
}
