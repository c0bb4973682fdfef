using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Muhtar.Customers.Import;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Jobs;

namespace Muhtar.IntegrationTests.CustomerTests.Import;

/// <summary>
/// C6: an import killed part-way resumes from its checkpoint on another process and ends with exactly the
/// rows an uninterrupted import gives: none lost, none twice.
/// </summary>
public abstract class ImportResumeTests(MuhtarAppFactory app)
{
    private const int Rows = 1_234;

    [Fact]
    public async Task An_import_killed_at_a_random_row_resumes_on_a_new_host_and_yields_the_same_rows_as_a_clean_import()
    {
        var file = SampleFile(Rows);
        var clean = await CustomerApi.NewTenantAsync(app);
        var cleanImport = await new ImportClient(app, clean.Client).ImportAsync(file);
        Assert.Equal("completed", cleanImport.GetProperty("status").GetString());

        var killed = await CustomerApi.NewTenantAsync(app);
        var importer = new ImportClient(app, killed.Client);
        var id = (await importer.UploadAsync(file)).GetProperty("id").GetGuid();
        var killAt = Random.Shared.Next(1, Rows);
        var kill = new KillSwitch(id, killAt);

        // Host 1 runs the job and "dies" in the batch that holds row killAt; it is then thrown away.
        await using (var doomed = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IImportBatchHook>(kill))))
        {
            (await new ImportClient(app, killed.Client).Client.PostAsync($"{ImportClient.Root}/{id}/run", null)).EnsureSuccessStatusCode();
            var worker = doomed.Services.GetServices<IHostedService>().OfType<JobWorker>().First();
            for (var round = 0; round < 50 && !kill.Fired && await worker.RunOnceAsync() > 0; round++)
            {
            }
        }

        Assert.True(kill.Fired, "the import never reached the kill point");
        var interrupted = await importer.GetAsync(id);
        Assert.Equal("running", interrupted.GetProperty("status").GetString());
        var checkpoint = interrupted.GetProperty("progress").GetProperty("rowsDone").GetInt32();
        Assert.True(checkpoint < killAt, $"checkpoint {checkpoint} must be before the killed row {killAt}");
        Assert.Equal(0, checkpoint % 500);

        // The original host (a restart) picks the job up after its retry delay and finishes from the checkpoint.
        app.Clock.Advance(TimeSpan.FromHours(1));
        await ImportClient.DrainJobsAsync(app);

        var resumed = await importer.GetAsync(id);
        Assert.Equal("completed", resumed.GetProperty("status").GetString());
        Assert.Equal(Counts(cleanImport), Counts(resumed));
        var expected = await ImportRowSets.CustomersAsync(app, clean.TenantId);
        var actual = await ImportRowSets.CustomersAsync(app, killed.TenantId);
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected, actual);
    }

    private static (int, int, int, int, int) Counts(JsonElement import)
    {
        var p = import.GetProperty("progress");
        return (p.GetProperty("rowsDone").GetInt32(), p.GetProperty("created").GetInt32(), p.GetProperty("updated").GetInt32(),
            p.GetProperty("merged").GetInt32(), p.GetProperty("rejected").GetInt32());
    }

    /// <summary>Names, phones, e-mails, tags; every 50th row repeats an earlier phone (merged) and every 97th is invalid.</summary>
    private static byte[] SampleFile(int rows)
    {
        string[] first = ["AHMET", "ayşe", "Mehmet", "FATMA", "İsmail", "Işık", "Çağrı", "Şule", "Gökhan", "Özlem"];
        string[] last = ["YILMAZ", "kaya", "Demir", "ŞAHİN", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç"];
        var text = new StringBuilder("Ad;Soyad;Telefon;E-posta;Etiketler\n");
        for (var i = 1; i <= rows; i++)
        {
            var n = i % 50 == 0 ? i - 7 : i;
            var phone = i % 97 == 0 ? "12" : $"0532 {n / 10000 + 100} {(n / 100) % 100:00} {n % 100:00}";
            text.Append($"{first[i % 10]};{last[(i / 10) % 10]};{phone};kisi{n}@ornek.com;etiket{i % 7}\n");
        }

        return ImportClient.Utf8(text.ToString());
    }

    private sealed class KillSwitch(Guid importId, int row) : IImportBatchHook
    {
        public bool Fired { get; private set; }

        public Task BeforeCommitAsync(Guid id, int lastRowNumber, CancellationToken cancellationToken)
        {
            if (id == importId && !Fired && lastRowNumber >= row)
            {
                Fired = true;
                throw new IOException($"simulated crash before committing the batch ending at row {lastRowNumber}");
            }

            return Task.CompletedTask;
        }
    }
}

public sealed class ImportResumeTests_Sqlite(SqliteApp app) : ImportResumeTests(app), IClassFixture<SqliteApp>;

public sealed class ImportResumeTests_Postgres(PostgresApp app) : ImportResumeTests(app), IClassFixture<PostgresApp>;
