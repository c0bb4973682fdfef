using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Muhtar.Abstractions.Consent;
using Muhtar.Abstractions.Customers.Merging;
using Muhtar.Abstractions.Privacy;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Data;

namespace Muhtar.IntegrationTests.ConsentTests;

/// <summary>The consent ledger through the extension points a merge and a KVKK request use.</summary>
public abstract class ConsentExtensionPointTests(MuhtarAppFactory app)
{
    /// <summary>Serialised as written ("+90…", "İ"), so the test can search the text.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions Readable =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private DateTimeOffset Now => app.Clock.GetUtcNow();

    [Fact]
    public async Task A_merge_moves_the_ledger_to_the_survivor_and_undo_restores_it_exactly()
    {
        var merged = await ConsentApi.NewAsync(app);
        var survivorId = await merged.Api.CreateIdAsync(new { kind = "person", firstName = "Zeynep", lastName = "Kaya", phone = "0533 444 55 66" });
        var survivor = new ConsentApi(app, merged.Api, survivorId);
        await merged.RecordAsync("sms", "refused", Now.AddDays(-1), evidence: "İPTAL");
        await merged.RecordAsync("email", "approved", Now.AddDays(-5));
        await survivor.RecordAsync("sms", "approved", Now.AddDays(-2));
        var mergedBefore = (await merged.GetAsync()).GetRawText();
        var survivorBefore = (await survivor.GetAsync()).GetRawText();

        string? state;
        await using (var scope = merged.Scope())
        {
            var participant = scope.ServiceProvider.GetServices<ICustomerMergeParticipant>().Single(p => p.Name == "consent.records");
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            state = await participant.MoveAsync(db, merged.CustomerId, survivorId, CancellationToken.None);
            await transaction.CommitAsync();
        }

        Assert.Empty(await merged.HistoryAsync());
        Assert.Equal(3, (await survivor.HistoryAsync()).Count);
        // The newer refusal from the merged record now counts for the survivor.
        Assert.Equal("refused", await survivor.CurrentAsync("sms"));
        Assert.Equal("approved", await survivor.CurrentAsync("email"));

        await using (var scope = merged.Scope())
        {
            var participant = scope.ServiceProvider.GetServices<ICustomerMergeParticipant>().Single(p => p.Name == "consent.records");
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
            await participant.UndoAsync(db, merged.CustomerId, survivorId, state, CancellationToken.None);
        }

        Assert.Equal(mergedBefore, (await merged.GetAsync()).GetRawText());
        Assert.Equal(survivorBefore, (await survivor.GetAsync()).GetRawText());
    }

    [Fact]
    public async Task Erasure_blanks_the_evidence_and_address_but_keeps_channel_status_and_dates()
    {
        var c = await ConsentApi.NewAsync(app);
        await c.RecordAsync("sms", "approved", Now.AddDays(-3), "wetSignature", "İmzalı form, TC 12345678901");
        await c.RecordAsync("sms", "refused", Now.AddDays(-1), "reply", "Zeynep: İPTAL");
        var before = await c.HistoryAsync();

        await using (var scope = c.Scope())
        {
            var holder = scope.ServiceProvider.GetServices<IPersonalDataHolder>().Single(h => h.Name == "consents");
            var export = System.Text.Json.JsonSerializer.Serialize(await holder.ExportAsync(c.CustomerId, CancellationToken.None), Readable);
            Assert.Contains("12345678901", export, StringComparison.Ordinal);
            Assert.Contains("+905321112233", export, StringComparison.Ordinal);

            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<MuhtarDbContext>>().CreateDbContextAsync();
            await holder.EraseAsync(db, c.CustomerId, CancellationToken.None);
            var after = System.Text.Json.JsonSerializer.Serialize(await holder.ExportAsync(c.CustomerId, CancellationToken.None), Readable);
            Assert.DoesNotContain("12345678901", after, StringComparison.Ordinal);
            Assert.DoesNotContain("İPTAL", after, StringComparison.Ordinal);
            Assert.DoesNotContain("+905321112233", after, StringComparison.Ordinal);
        }

        var history = await c.HistoryAsync();
        Assert.Equal(before.Count, history.Count);
        foreach (var (old, now) in before.Zip(history))
        {
            Assert.Equal(System.Text.Json.JsonValueKind.Null, JsonValueKind(now, "evidence"));
            foreach (var kept in new[] { "id", "channel", "status", "source", "decidedAt", "recordedAt" })
            {
                Assert.Equal(old.GetProperty(kept).GetRawText(), now.GetProperty(kept).GetRawText());
            }
        }

        Assert.Equal("refused", await c.CurrentAsync("sms"));
        // An erased address cannot be reported to İYS any more.
        Assert.Empty((await c.Api.GetJsonAsync("/api/v1/consent/iys/pending")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task The_ledger_interface_answers_what_counts_for_sending()
    {
        var c = await ConsentApi.NewAsync(app);
        await using var scope = c.Scope();
        var ledger = scope.ServiceProvider.GetRequiredService<IConsentLedger>();
        await ledger.RecordManyAsync(
        [
            new ConsentDecision(c.CustomerId, ConsentChannel.Sms, ConsentStatus.Approved, ConsentSource.Import, Now.AddDays(-10).UtcDateTime),
            new ConsentDecision(c.CustomerId, ConsentChannel.Email, ConsentStatus.Approved, ConsentSource.Import, Now.AddDays(-10).UtcDateTime),
        ]);
        await ledger.RecordAsync(new ConsentDecision(c.CustomerId, ConsentChannel.Email, ConsentStatus.Refused, ConsentSource.Reply, Now.AddDays(-1).UtcDateTime));

        Assert.True(await ledger.MaySendCommercialAsync(c.CustomerId, ConsentChannel.Sms));
        Assert.False(await ledger.MaySendCommercialAsync(c.CustomerId, ConsentChannel.Email));
        Assert.False(await ledger.MaySendCommercialAsync(c.CustomerId, ConsentChannel.WhatsApp));
        var current = await ledger.GetCurrentAsync(c.CustomerId);
        Assert.Equal([ConsentChannel.Sms, ConsentChannel.Email], current.Keys.Order());
        Assert.Equal(ConsentSource.Reply, current[ConsentChannel.Email].Source);
        Assert.Equal("tests", (await c.HistoryAsync())[0].GetProperty("enteredBy").GetString());
    }

    private static System.Text.Json.JsonValueKind JsonValueKind(System.Text.Json.JsonElement element, string name) => element.GetProperty(name).ValueKind;
}

public sealed class ConsentExtensionPointTests_Sqlite(SqliteApp app) : ConsentExtensionPointTests(app), IClassFixture<SqliteApp>;

public sealed class ConsentExtensionPointTests_Postgres(PostgresApp app) : ConsentExtensionPointTests(app), IClassFixture<PostgresApp>;
