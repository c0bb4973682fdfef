using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Abstractions.Privacy;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;
using Muhtar.Platform.Tenancy;

namespace Muhtar.IntegrationTests.CustomerTests.CustomFields;

/// <summary>Custom-field values take part in merges (C4) and in KVKK export and erasure (C7).</summary>
public abstract class CustomFieldExtensionPointTests(MuhtarAppFactory app)
{
    [Fact]
    public async Task A_merge_moves_values_the_survivor_lacks_and_undo_puts_them_back()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        await api.DefineAsync(new { key = "not", label = "Not", type = "text" });
        await api.DefineAsync(new { key = "ilgi", label = "İlgi", type = "multiChoice", options = new[] { "Kahve", "Çay" } });
        var survivor = await api.CreateIdAsync(new { firstName = "Kalan", customFields = new { not = "kalanın notu" } });
        var merged = await api.CreateIdAsync(new { firstName = "Giden", customFields = new { not = "gidenin notu", ilgi = new[] { "Kahve", "Çay" } } });

        await using (var scope = TenantScope(api))
        {
            var participant = scope.ServiceProvider.GetServices<ICustomerMergeParticipant>().Single(p => p.Name == "customers.customFields");
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
            var state = await participant.MoveAsync(db, merged, survivor, CancellationToken.None);

            var values = await api.CustomFieldsOfAsync(survivor);
            Assert.Equal("kalanın notu", values.GetProperty("not").GetString());
            Assert.Equal(["Kahve", "Çay"], values.GetProperty("ilgi").EnumerateArray().Select(o => o.GetString()));
            Assert.False((await api.CustomFieldsOfAsync(merged)).TryGetProperty("ilgi", out _));

            await participant.UndoAsync(db, merged, survivor, state, CancellationToken.None);
        }

        Assert.False((await api.CustomFieldsOfAsync(survivor)).TryGetProperty("ilgi", out _));
        var restored = await api.CustomFieldsOfAsync(merged);
        Assert.Equal("gidenin notu", restored.GetProperty("not").GetString());
        Assert.Equal(2, restored.GetProperty("ilgi").GetArrayLength());
    }

    [Fact]
    public async Task A_data_subject_export_lists_the_values_and_erasure_removes_them()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        await api.DefineAsync(new { key = "dogum_yeri", label = "Doğum yeri", type = "text" });
        var id = await api.CreateIdAsync(new { firstName = "Hülya", customFields = new { dogum_yeri = "Trabzon" } });

        await using (var scope = TenantScope(api))
        {
            var holder = scope.ServiceProvider.GetServices<IPersonalDataHolder>().Single(h => h.Name == "customFields");
            var export = JsonSerializer.Serialize(await holder.ExportAsync(id, CancellationToken.None));
            Assert.Contains("Trabzon", export, StringComparison.Ordinal);
            Assert.Contains("Doğum yeri", JsonDocument.Parse(export).RootElement.GetProperty("dogum_yeri").GetProperty("label").GetString(), StringComparison.Ordinal);

            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
            await holder.EraseAsync(db, id, CancellationToken.None);
            Assert.Null(await holder.ExportAsync(id, CancellationToken.None));
        }

        Assert.Empty((await api.CustomFieldsOfAsync(id)).EnumerateObject());
    }

    private AsyncServiceScope TenantScope(CustomerApi api)
    {
        var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(api.TenantId, null, "tests");
        return scope;
    }
}

public sealed class CustomFieldExtensionPointTests_Sqlite(SqliteApp app) : CustomFieldExtensionPointTests(app), IClassFixture<SqliteApp>;

public sealed class CustomFieldExtensionPointTests_Postgres(PostgresApp app) : CustomFieldExtensionPointTests(app), IClassFixture<PostgresApp>;
