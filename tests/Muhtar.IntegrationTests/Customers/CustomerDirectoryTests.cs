using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Customers;
using Muhtar.Abstractions.Customers.Events;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Platform.Jobs;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.CustomerTests;

/// <summary>What other modules rely on: the directory lookups (the till) and the events in the outbox.</summary>
public abstract class CustomerDirectoryTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task The_directory_finds_a_customer_by_phone_in_any_form_card_email_and_external_id_within_its_business()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var id = await api.CreateIdAsync(new
        {
            firstName = "Ahmet",
            phone = "0532 123 45 67",
            cardNumber = "CARD-1",
            email = "ahmet@example.com",
            externalIds = new Dictionary<string, string> { ["erp"] = "C-42" },
        });
        var other = await CustomerApi.NewTenantAsync(app);

        await using var mine = Directory(api.TenantId, out var directory);
        Assert.Equal(id, (await directory.FindByPhoneAsync("+90 532 123 4567"))?.Id);
        Assert.Equal(id, (await directory.FindByCardAsync("card1"))?.Id);
        Assert.Equal(id, (await directory.FindByEmailAsync("AHMET@example.com"))?.Id);
        Assert.Equal(id, (await directory.FindByExternalIdAsync("ERP", "C-42"))?.Id);
        var summary = await directory.GetAsync(id);
        Assert.Equal("+905321234567", summary?.Phone);
        Assert.Equal("person", summary?.Kind);
        Assert.Null(await directory.FindByPhoneAsync("not a phone"));

        await using var theirs = Directory(other.TenantId, out var otherDirectory);
        Assert.Null(await otherDirectory.GetAsync(id));
        Assert.Null(await otherDirectory.FindByPhoneAsync("05321234567"));
    }

    [Fact]
    public async Task Creating_updating_and_archiving_write_events_to_the_outbox()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        var id = await api.CreateIdAsync(new { firstName = "Ahmet", phone = "05321234567" });
        (await api.PatchAsync(id, """{ "email": "a@example.com" }""")).EnsureSuccessStatusCode();
        (await api.Client.PostAsync($"/api/v1/customers/{id}/archive", null)).EnsureSuccessStatusCode();

        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        var jobs = await db.Set<Job>().AsNoTracking().Where(j => j.TenantId == api.TenantId && j.Payload.Contains(id.ToString())).ToListAsync();

        Assert.Contains(jobs, j => j.Type == JobTypeName.Of(typeof(CustomerCreated)));
        var updated = Assert.Single(jobs, j => j.Type == JobTypeName.Of(typeof(CustomerUpdated)));
        Assert.Contains("\"email\"", updated.Payload, StringComparison.Ordinal);
        Assert.Contains(jobs, j => j.Type == JobTypeName.Of(typeof(CustomerArchived)));
    }

    private AsyncServiceScope Directory(Guid tenantId, out ICustomerDirectory directory)
    {
        var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId);
        directory = scope.ServiceProvider.GetRequiredService<ICustomerDirectory>();
        return scope;
    }
}

public sealed class CustomerDirectoryTests_Sqlite(SqliteApp app) : CustomerDirectoryTests(app), IClassFixture<SqliteApp>;

public sealed class CustomerDirectoryTests_Postgres(PostgresApp app) : CustomerDirectoryTests(app), IClassFixture<PostgresApp>;
