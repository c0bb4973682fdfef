using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Customers.Customers;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.CustomerTests.Import;

/// <summary>A business's customers as comparable lines (every stored value but ids and times), read straight from the database.</summary>
internal static class ImportRowSets
{
    public static async Task<List<string>> CustomersAsync(MuhtarAppFactory app, Guid tenantId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenantId, null, "tests");
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
        var customers = await db.Set<Customer>().AsNoTracking().Include(c => c.Tags).Include(c => c.ExternalIds).Include(c => c.SearchTokens)
            .AsSplitQuery().ToListAsync();
        return customers.Select(c => string.Join('|',
                c.Kind, c.FirstName, c.LastName, c.CompanyName, c.DisplayName, c.Phone, c.Email, c.Gender, c.BirthDate, c.CardNumber, c.SearchName,
                string.Join(',', c.Tags.Select(t => t.Name).Order(StringComparer.Ordinal)),
                string.Join(',', c.ExternalIds.Select(x => x.System + "=" + x.Value).Order(StringComparer.Ordinal)),
                string.Join(',', c.SearchTokens.Select(t => t.Token).Order(StringComparer.Ordinal))))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
