using Muhtar.Customers.Customers;
using Muhtar.Customers.Localization;
using Muhtar.Customers.Phones;

namespace Muhtar.Tests.Customers;

public sealed class CustomerValidatorTests
{
    // 2 March 2026, 22:30 UTC is already 3 March in Istanbul: birth dates follow the business's calendar.
    private readonly CustomerValidator _validator = new(
        new PhoneNormalizer(), new KeyLocalizer<CustomersResource>(), new FixedTimeProvider(new DateTimeOffset(2026, 3, 2, 22, 30, 0, TimeSpan.Zero)));

    [Fact]
    public void A_person_is_normalised_phone_in_E164_names_trimmed_and_tags_deduplicated_by_folding()
    {
        var request = new CustomerRequest(
            Kind: "Person", FirstName: "  Ahmet ", LastName: "Yılmaz", Phone: "0532 123 45 67", Email: " Ahmet@Example.com ",
            Gender: "male", CardNumber: "ab 12-34", Tags: ["VIP", "vip", " İstanbul ", "ISTANBUL"],
            ExternalIds: new Dictionary<string, string> { [" Shopify "] = " 981 " });

        var (draft, errors) = _validator.Validate(request);

        Assert.Empty(errors);
        Assert.NotNull(draft);
        Assert.Equal(CustomerKind.Person, draft.Kind);
        Assert.Equal("Ahmet", draft.FirstName);
        Assert.Equal("Ahmet Yılmaz", draft.DisplayName);
        Assert.Equal("+905321234567", draft.Phone);
        Assert.Equal("Ahmet@Example.com", draft.Email);
        Assert.Equal(Gender.Male, draft.Gender);
        Assert.Equal("AB1234", draft.CardNumber);
        Assert.Equal(["VIP", "İstanbul"], draft.Tags);
        Assert.Equal("981", draft.ExternalIds["shopify"]);
    }

    [Fact]
    public void An_invalid_phone_is_refused_naming_the_field_and_the_value()
    {
        var (draft, errors) = _validator.Validate(new CustomerRequest(FirstName: "Ali", Phone: "0532 12"));

        Assert.Null(draft);
        var error = Assert.Single(errors);
        Assert.Equal("phone", error.Field);
        Assert.Equal("Validation.PhoneInvalid:0532 12", error.Message);
    }

    [Fact]
    public void A_company_needs_a_company_name()
    {
        var (_, errors) = _validator.Validate(new CustomerRequest(Kind: "company", FirstName: "Ali"));

        Assert.Equal("companyName", Assert.Single(errors).Field);
    }

    [Fact]
    public void A_person_needs_a_first_or_last_name()
    {
        var (_, errors) = _validator.Validate(new CustomerRequest(Kind: "person", CompanyName: "Acme"));

        Assert.Equal("firstName", Assert.Single(errors).Field);
    }

    [Fact]
    public void Every_invalid_field_is_reported_at_once()
    {
        var request = new CustomerRequest(Kind: "robot", Email: "not-an-email", Gender: "other", BirthDate: new DateOnly(2026, 3, 4), Phone: "abc");

        var (_, errors) = _validator.Validate(request);

        Assert.Equal(["kind", "phone", "email", "gender", "birthDate"], errors.Select(e => e.Field));
    }

    [Fact]
    public void A_birth_date_of_today_in_Istanbul_is_accepted_and_tomorrow_is_not()
    {
        Assert.Empty(_validator.Validate(new CustomerRequest(FirstName: "Ali", BirthDate: new DateOnly(2026, 3, 3))).Errors);
        Assert.Equal("birthDate", Assert.Single(_validator.Validate(new CustomerRequest(FirstName: "Ali", BirthDate: new DateOnly(2026, 3, 4))).Errors).Field);
    }

    [Fact]
    public void A_company_cannot_belong_to_another_company()
    {
        var (_, errors) = _validator.Validate(new CustomerRequest(Kind: "company", CompanyName: "Acme", ParentCompanyId: Guid.NewGuid()));

        Assert.Equal("parentCompanyId", Assert.Single(errors).Field);
    }

    [Fact]
    public void A_patch_changes_only_what_it_sets_and_null_clears()
    {
        var current = new CustomerRequest(
            Kind: "person", FirstName: "Ahmet", LastName: "Yılmaz", Phone: "+905321234567", Email: "a@b.co", Tags: ["VIP"],
            ExternalIds: new Dictionary<string, string> { ["erp"] = "1", ["shop"] = "2" });
        var patch = new CustomerPatch
        {
            LastName = Optional<string?>.Of("Kaya"),
            Email = Optional<string?>.Of(null),
            ExternalIds = new Dictionary<string, string?> { ["erp"] = null, ["pos"] = "3" },
        };

        var merged = patch.ApplyTo(current);

        Assert.Equal("Ahmet", merged.FirstName);
        Assert.Equal("Kaya", merged.LastName);
        Assert.Null(merged.Email);
        Assert.Equal("+905321234567", merged.Phone);
        Assert.Equal(["VIP"], merged.Tags);
        Assert.Equal(new Dictionary<string, string> { ["shop"] = "2", ["pos"] = "3" }, merged.ExternalIds);
    }
}
