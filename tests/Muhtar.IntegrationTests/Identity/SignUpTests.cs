using Microsoft.Extensions.DependencyInjection;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Errors;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.Identity;

/// <summary>The rules of <see cref="TenantOnboarding"/> against the real database (I6).</summary>
public abstract class SignUpTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task A_taken_slug_is_a_conflict_on_the_slug()
    {
        var existing = await app.CreateTenantAsync();
        var violation = await SignUpExpectingViolationAsync(Request(slug: existing.Slug));
        Assert.Equal(("slug", 409), (violation.Field, violation.Status));
    }

    [Fact]
    public async Task An_e_mail_in_use_is_a_conflict_on_the_owner_e_mail_and_leaves_no_business_behind()
    {
        var existing = await app.CreateTenantAsync();
        var request = Request(email: existing.OwnerEmail.ToUpperInvariant());

        var violation = await SignUpExpectingViolationAsync(request);

        Assert.Equal(("ownerEmail", 409), (violation.Field, violation.Status));
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<TenantDirectory>().FindIdBySlugAsync(request.Slug));
    }

    [Theory]
    [InlineData("kısa", "slug")]
    [InlineData("ab", "slug")]
    [InlineData("with space", "slug")]
    public async Task An_invalid_slug_is_refused(string slug, string field)
    {
        var violation = await SignUpExpectingViolationAsync(Request(slug: slug));
        Assert.Equal((field, 422), (violation.Field, violation.Status));
    }

    [Theory]
    [InlineData("short1")]
    [InlineData("onlyletters")]
    [InlineData("12345678")]
    public async Task A_weak_password_is_refused(string password)
    {
        var violation = await SignUpExpectingViolationAsync(Request(password: password));
        Assert.Equal(("password", 422), (violation.Field, violation.Status));
    }

    [Fact]
    public async Task An_invalid_e_mail_or_missing_name_is_refused()
    {
        Assert.Equal("ownerEmail", (await SignUpExpectingViolationAsync(Request(email: "not-an-email"))).Field);
        Assert.Equal("businessName", (await SignUpExpectingViolationAsync(Request() with { BusinessName = "  " })).Field);
        Assert.Equal("ownerName", (await SignUpExpectingViolationAsync(Request() with { OwnerName = "" })).Field);
    }

    [Fact]
    public async Task The_slug_is_stored_in_lower_case()
    {
        var slug = "Mixed-" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<TenantOnboarding>().SignUpAsync(Request(slug: slug));
        Assert.Equal(result.TenantId, await scope.ServiceProvider.GetRequiredService<TenantDirectory>().FindIdBySlugAsync(slug.ToLowerInvariant()));
    }

    private static SignUpRequest Request(string? slug = null, string? email = null, string password = TestTenant.Password)
    {
        var unique = Guid.NewGuid().ToString("N")[..10];
        return new SignUpRequest("Berber Ali", slug ?? "b" + unique, "Ali Çelik", email ?? $"ali-{unique}@example.com", password);
    }

    private async Task<RuleViolation> SignUpExpectingViolationAsync(SignUpRequest request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await Assert.ThrowsAsync<RuleViolation>(() => scope.ServiceProvider.GetRequiredService<TenantOnboarding>().SignUpAsync(request));
    }
}

public sealed class SignUpTests_Sqlite(SqliteApp app) : SignUpTests(app), IClassFixture<SqliteApp>;

public sealed class SignUpTests_Postgres(PostgresApp app) : SignUpTests(app), IClassFixture<PostgresApp>;
