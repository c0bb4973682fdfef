using Bogus;
using Muhtar.Customers.Addresses;
using Muhtar.Customers.Customers;
using Muhtar.Customers.Search;

using Muhtar.Platform.Text;

namespace Muhtar.Customers.Demo;

/// <summary>
/// Realistic Turkish customers for the demo business (Bogus, locale "tr"): valid mobile numbers written the
/// ways people write them, some e-mails, cards, tags and addresses, a few companies with contacts.
/// </summary>
internal sealed class DemoCustomerFaker(int seed)
{
    // Operator prefixes of Turkish mobile numbers (Turkcell 53x, Vodafone 54x, Türk Telekom 50x/55x).
    private static readonly string[] MobilePrefixes = ["530", "531", "532", "533", "535", "536", "537", "538", "541", "542", "543", "544", "545", "546", "505", "506", "507", "551", "552", "553", "554", "555"];
    private static readonly string[] Tags = ["VIP", "Sadık", "Yeni", "Komşu", "Öğrenci", "Emekli", "Toptan", "Kampanya sever"];
    private static readonly string[] EmailDomains = ["example.com", "example.net", "example.org"];
    private static readonly (string District, string City)[] Places =
    [
        ("Kadıköy", "İstanbul"), ("Beşiktaş", "İstanbul"), ("Üsküdar", "İstanbul"), ("Çankaya", "Ankara"), ("Keçiören", "Ankara"),
        ("Konak", "İzmir"), ("Karşıyaka", "İzmir"), ("Nilüfer", "Bursa"), ("Muratpaşa", "Antalya"), ("Seyhan", "Adana"),
    ];

    private readonly Faker _faker = new("tr") { Random = new Randomizer(seed) };

    public CustomerRequest Person(Guid? company)
    {
        var gender = _faker.PickRandom<Bogus.DataSets.Name.Gender>();
        var first = _faker.Name.FirstName(gender);
        var last = _faker.Name.LastName(gender);
        return new CustomerRequest(
            Kind: "person",
            FirstName: first,
            LastName: last,
            Phone: _faker.Random.Bool(0.93f) ? Phone() : null,
            Email: _faker.Random.Bool(0.55f) ? Email(first, last) : null,
            Gender: gender == Bogus.DataSets.Name.Gender.Female ? "female" : "male",
            BirthDate: _faker.Random.Bool(0.6f) ? DateOnly.FromDateTime(_faker.Date.Between(new DateTime(1950, 1, 1), new DateTime(2006, 12, 31))) : null,
            CardNumber: _faker.Random.Bool(0.4f) ? "MK" + _faker.Random.ReplaceNumbers("########") : null,
            Tags: _faker.Random.Bool(0.35f) ? _faker.PickRandom(Tags, _faker.Random.Int(1, 2)).ToList() : [],
            ParentCompanyId: company);
    }

    public CustomerRequest Company() => new(
        Kind: "company",
        CompanyName: _faker.Company.CompanyName(),
        Phone: Phone(),
        Email: _faker.Random.Bool(0.8f) ? $"info{_faker.Random.Number(1, 999)}@{_faker.PickRandom(EmailDomains)}" : null,
        Tags: _faker.Random.Bool(0.5f) ? ["Toptan"] : []);

    public AddressDraft? Address()
    {
        if (!_faker.Random.Bool(0.3f))
        {
            return null;
        }

        var (district, city) = _faker.PickRandom(Places);
        return new AddressDraft(_faker.PickRandom("Ev", "İş"), _faker.Address.StreetAddress(), district, city, _faker.Address.ZipCode("#####"));
    }

    public string? Note() => _faker.Random.Bool(0.1f)
        ? _faker.PickRandom("Her cumartesi gelir.", "Laktozsuz süt tercih ediyor.", "Doğum gününde indirim sevindiriyor.", "Kartla ödemeyi tercih eder.")
        : null;

    /// <summary>When the customer joined: within the demo's 18 months of history.</summary>
    public DateTime JoinedBefore(DateTime now) => now.AddDays(-_faker.Random.Double(0, 540));

    public bool Chance(float probability) => _faker.Random.Bool(probability);

    public T Pick<T>(IReadOnlyList<T> items) => items[_faker.Random.Int(0, items.Count - 1)];

    /// <summary>A valid mobile in one of the forms people type, so the demo exercises normalisation too.</summary>
    private string Phone()
    {
        var prefix = _faker.PickRandom(MobilePrefixes);
        var n = _faker.Random.ReplaceNumbers("#######");
        return _faker.Random.Int(0, 3) switch
        {
            0 => $"0{prefix} {n[..3]} {n[3..5]} {n[5..]}",
            1 => $"+90 {prefix} {n}",
            2 => $"{prefix}{n}",
            _ => $"+90 ({prefix}) {n[..3]}-{n[3..]}",
        };
    }

    private string Email(string first, string last) =>
        $"{TurkishText.Fold(first).Replace(' ', '.')}.{TurkishText.Fold(last).Replace(' ', '.')}{_faker.Random.Number(1, 99)}@{_faker.PickRandom(EmailDomains)}";
}
