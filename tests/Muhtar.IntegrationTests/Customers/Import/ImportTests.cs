using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Muhtar.IntegrationTests.CustomerTests.Support;
using Muhtar.IntegrationTests.Identity;
using Muhtar.IntegrationTests.Infrastructure;

namespace Muhtar.IntegrationTests.CustomerTests.Import;

/// <summary>C6: reading files right (encodings, delimiters, Excel), the dry-run report, cleansing, and refusing broken files whole.</summary>
public abstract class ImportTests(MuhtarAppFactory app)
{
    private async Task<(CustomerApi Api, ImportClient Import)> NewBusinessAsync()
    {
        var api = await CustomerApi.NewTenantAsync(app);
        return (api, new ImportClient(app, api.Client));
    }

    [Fact]
    public async Task A_utf8_comma_file_and_a_windows_1254_semicolon_file_are_both_read_with_turkish_letters_intact()
    {
        var (api, import) = await NewBusinessAsync();
        const string rows = "Ad{0}Soyad{0}Telefon\nŞule{0}Ağaoğlu{0}0532 111 22 01\nİSMAİL{0}IŞIK{0}0532 111 22 02\nçağrı{0}öztürk{0}0532 111 22 03\n";

        var utf8 = await import.UploadAsync(ImportClient.Utf8(string.Format(rows, ",")), "utf8.csv");
        var cp1254 = await import.UploadAsync(ImportClient.Windows1254(string.Format(rows, ";")), "excel-tr.csv");
        var noBom = await import.UploadAsync(ImportClient.Utf8(string.Format(rows, ";"), bom: false), "nobom.csv");

        Assert.Equal(("utf-8", ","), (utf8.GetProperty("encoding").GetString(), utf8.GetProperty("delimiter").GetString()));
        Assert.Equal(("windows-1254", ";"), (cp1254.GetProperty("encoding").GetString(), cp1254.GetProperty("delimiter").GetString()));
        Assert.Equal(("utf-8", ";"), (noBom.GetProperty("encoding").GetString(), noBom.GetProperty("delimiter").GetString()));
        Assert.Equal(["Ad", "Soyad", "Telefon"], cp1254.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("Şule", cp1254.GetProperty("sample")[0][0].GetString());
        Assert.Equal(["firstName", "lastName", "phone"], cp1254.GetProperty("mapping").EnumerateArray().Select(m => m.GetProperty("target").GetString()));

        var done = await import.RunAsync(cp1254.GetProperty("id").GetGuid());

        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Equal(3, done.GetProperty("progress").GetProperty("created").GetInt32());
        var names = CustomerApi.Names(await api.GetJsonAsync("/api/v1/customers?sort=name"));
        Assert.Equal(["Çağrı Öztürk", "İsmail Işık", "Şule Ağaoğlu"], names);
        Assert.Single(await api.SearchAsync("+905321112202"));

        // The finished import asked for a duplicate scan, which the worker has run.
        var scan = await api.GetJsonAsync("/api/v1/customers/duplicates/scan");
        Assert.Equal(3, scan.GetProperty("lastScanCustomers").GetInt32());
    }

    [Fact]
    public async Task Custom_field_columns_are_suggested_read_in_turkish_notation_and_rejected_row_by_row_when_they_do_not_fit()
    {
        var (api, import) = await NewBusinessAsync();
        await CreateFieldAsync(api, new { key = "ayakkabi_no", label = "Ayakkabı No", type = "number" });
        await CreateFieldAsync(api, new { key = "sube", label = "Şube", type = "choice", options = new[] { "Kadıköy", "Beşiktaş" } });
        var file = ImportClient.Utf8("Ad Soyad;Telefon;Ayakkabı No;ŞUBE\nAyşe Kaya;05321113301;38,5;kadıköy\nCan Ak;05321113302;42;Üsküdar\n");

        var uploaded = await import.UploadAsync(file);
        var id = uploaded.GetProperty("id").GetGuid();
        Assert.Equal(["fullName", "phone", "custom:ayakkabi_no", "custom:sube"],
            uploaded.GetProperty("mapping").EnumerateArray().Select(m => m.GetProperty("target").GetString()));
        var done = await import.RunAsync(id);

        Assert.Equal(1, done.GetProperty("progress").GetProperty("created").GetInt32());
        var rejected = Assert.Single(await import.RejectionsAsync(id, dryRun: false));
        Assert.Equal(2, rejected.GetProperty("row").GetInt32()); // the second data row
        Assert.Equal("customFields.sube", rejected.GetProperty("field").GetString());
        var ayse = (await api.GetJsonAsync("/api/v1/customers?search=05321113301")).GetProperty("items")[0];
        var values = (await api.GetJsonAsync($"/api/v1/customers/{ayse.GetProperty("id").GetString()}")).GetProperty("customFields");
        Assert.Equal(38.5, values.GetProperty("ayakkabi_no").GetDouble());
        Assert.Equal("Kadıköy", values.GetProperty("sube").GetString());
    }

    [Fact]
    public async Task A_mapping_to_a_custom_field_the_business_does_not_have_is_refused()
    {
        var (_, import) = await NewBusinessAsync();
        var uploaded = await import.UploadAsync(ImportClient.Utf8("Ad;Numara\nAyşe;38\n"));
        var response = await import.Client.PutAsJsonAsync($"{ImportClient.Root}/{uploaded.GetProperty("id").GetGuid()}/mapping",
            new { columns = new[] { new { column = 0, target = "firstName" }, new { column = 1, target = "custom:yok" } } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("mapping", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task CreateFieldAsync(CustomerApi api, object field)
    {
        var response = await api.Client.PostAsJsonAsync("/api/v1/custom-fields", field);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_user_can_override_the_detected_delimiter()
    {
        var (_, import) = await NewBusinessAsync();
        var file = ImportClient.Utf8("Ad Soyad,Not;Telefon\nAyşe Kaya,iyi;05321112299\n");

        var detected = await import.UploadAsync(file);
        var overridden = await import.UploadAsync(file, delimiter: ";");

        Assert.Equal(2, detected.GetProperty("columns").GetArrayLength());
        Assert.Equal(["Ad Soyad,Not", "Telefon"], overridden.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task An_excel_workbook_imports_like_a_csv()
    {
        var (api, import) = await NewBusinessAsync();
        using var stream = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(stream, new[]
        {
            new Dictionary<string, object?> { ["Ad Soyad"] = "MEHMET ÖZ", ["Cep"] = "05321112210", ["Doğum tarihi"] = new DateTime(1980, 5, 17), ["Etiketler"] = "vip, toptan" },
            new Dictionary<string, object?> { ["Ad Soyad"] = "Zeynep Ak", ["Cep"] = 5321112211d, ["Doğum tarihi"] = "01.02.1990", ["Etiketler"] = null },
        });

        var uploaded = await import.UploadAsync(stream.ToArray(), "liste.xlsx");
        var done = await import.RunAsync(uploaded.GetProperty("id").GetGuid());

        Assert.Equal("xlsx", uploaded.GetProperty("format").GetString());
        Assert.Equal(2, done.GetProperty("progress").GetProperty("created").GetInt32());
        var mehmet = (await api.GetJsonAsync("/api/v1/customers?search=05321112210")).GetProperty("items")[0];
        Assert.Equal("Mehmet Öz", mehmet.GetProperty("displayName").GetString());
        Assert.Equal("1980-05-17", mehmet.GetProperty("birthDate").GetString());
        Assert.Equal(["toptan", "vip"], mehmet.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Single(await api.SearchAsync("+905321112211"));
    }

    [Fact]
    public async Task The_dry_run_reports_what_would_happen_row_by_row_and_changes_nothing_then_the_run_does_exactly_that()
    {
        var (api, import) = await NewBusinessAsync();
        var existing = await api.CreateIdAsync(new { firstName = "Ahmet", lastName = "Yılmaz", phone = "0532 100 00 01", tags = new[] { "eski" } });
        await api.CreateIdAsync(new { firstName = "Büşra", email = "busra@example.com" });
        var csv = string.Join('\n',
            "Ad;Soyad;Telefon;E-posta;Doğum tarihi;Etiketler",
            "AHMET;YILMAZ;0532 100 00 01;;;yeni",               // 1 updates the stored Ahmet by phone
            "  fatma   nur ;demir;+90 (532) 100-00-02;FATMA@EXAMPLE.COM;31.12.1985;", // 2 new, cleansed
            "Fatma Nur;Demir;05321000002;;;sadık",              // 3 same phone as row 2: merged
            "Ali;Veli;12345;;;",                                // 4 invalid phone
            "Can;Er;05321000005;;31.02.1990;",                  // 5 impossible date
            ";;;solo@example.com;;",                            // 6 no name and no phone (a phone alone would do)
            "Ece;Su;0532 100 00 01;busra@example.com;;",        // 7 phone is Ahmet's, e-mail is Büşra's
            "Okan;Bal;05321000008;okan@example.com;;") + "\n";
        var id = (await import.UploadAsync(ImportClient.Utf8(csv))).GetProperty("id").GetGuid();
        var before = await ImportRowSets.CustomersAsync(app, api.TenantId);

        var report = (await import.DryRunAsync(id)).GetProperty("dryRun");
        var rejected = await import.RejectionsAsync(id, dryRun: true);

        Assert.Equal((8, 2, 1, 1, 4), (report.GetProperty("rowsDone").GetInt32(), report.GetProperty("created").GetInt32(),
            report.GetProperty("updated").GetInt32(), report.GetProperty("merged").GetInt32(), report.GetProperty("rejected").GetInt32()));
        Assert.Equal([(4, "phone"), (5, "birthDate"), (6, "firstName"), (7, "email")],
            rejected.Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("field").GetString())));
        Assert.Contains("12345", rejected[0].GetProperty("reason").GetString());
        Assert.Equal(before, await ImportRowSets.CustomersAsync(app, api.TenantId));

        var done = (await import.RunAsync(id)).GetProperty("progress");

        Assert.Equal((8, 100, 2, 1, 1, 4), (done.GetProperty("rowsDone").GetInt32(), done.GetProperty("percent").GetInt32(), done.GetProperty("created").GetInt32(),
            done.GetProperty("updated").GetInt32(), done.GetProperty("merged").GetInt32(), done.GetProperty("rejected").GetInt32()));
        var ahmet = await api.GetJsonAsync($"/api/v1/customers/{existing}");
        Assert.Equal("Ahmet Yılmaz", ahmet.GetProperty("displayName").GetString());
        Assert.Equal(["eski", "yeni"], ahmet.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        var fatma = (await api.GetJsonAsync("/api/v1/customers?search=05321000002")).GetProperty("items");
        Assert.Equal(1, fatma.GetArrayLength());
        Assert.Equal(("Fatma Nur", "Demir", "fatma@example.com", "1985-12-31"), (fatma[0].GetProperty("firstName").GetString(),
            fatma[0].GetProperty("lastName").GetString(), fatma[0].GetProperty("email").GetString(), fatma[0].GetProperty("birthDate").GetString()));
        Assert.Equal(["sadık"], fatma[0].GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(4, (await api.GetJsonAsync("/api/v1/customers")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Rejection_reasons_follow_the_uploader_language()
    {
        var (_, import) = await NewBusinessAsync();
        import.Client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US");
        var id = (await import.UploadAsync(ImportClient.Utf8("Name,Phone\nAli Kaya,12345\n"))).GetProperty("id").GetGuid();

        await import.DryRunAsync(id);

        var reason = (await import.RejectionsAsync(id, dryRun: true)).Single().GetProperty("reason").GetString();
        Assert.Contains("12345", reason);
        Assert.Contains("not a valid phone number", reason);
    }

    public static TheoryData<string, string> BrokenFiles => new()
    {
        { "empty", "File.Empty" },
        { "header-only", "File.HeaderOnly" },
        { "ragged", "File.Ragged" },
        { "png", "File.NotText" },
        { "huge-cell", "File.CellTooLong" },
        { "bad-xlsx", "File.BadWorkbook" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task A_broken_file_is_refused_whole_naming_the_file_and_nothing_is_imported(string kind, string _)
    {
        var (api, import) = await NewBusinessAsync();
        var (content, name) = kind switch
        {
            "empty" => (Array.Empty<byte>(), "bos.csv"),
            "header-only" => (ImportClient.Utf8("Ad;Soyad;Telefon\n"), "baslik.csv"),
            "ragged" => (ImportClient.Utf8("Ad;Telefon\nAli;05321112233\nVeli;05321112234;fazla;hücre\nCan;05321112235\n"), "yamuk.csv"),
            "png" => ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, .. new byte[4000]], "resim.csv"),
            "huge-cell" => (ImportClient.Utf8("Ad;Telefon\nAli;05321112233\n\"" + new string('x', 10 * 1024 * 1024) + "\";05321112234\n"), "dev.csv"),
            _ => ([.. "PK\u0003\u0004"u8, .. new byte[2000]], "bozuk.xlsx"),
        };

        var response = await import.PostFileAsync(content, name);

        await Problems.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "file");
        Assert.Empty((await import.Client.GetFromJsonAsync<JsonElement>(ImportClient.Root)).EnumerateArray());
        Assert.Equal(0, (await api.GetJsonAsync("/api/v1/customers?archived=all")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_413_naming_the_file()
    {
        var (_, import) = await NewBusinessAsync();
        var big = new byte[(50 * 1024 * 1024) + 10];
        Array.Fill(big, (byte)'a');

        var response = await import.PostFileAsync(big, "buyuk.csv");

        await Problems.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, "file");
    }

    [Fact]
    public async Task Rejected_rows_download_with_their_reason_and_import_cleanly_once_fixed()
    {
        var (api, import) = await NewBusinessAsync();
        var csv = "Ad Soyad;Telefon;Etiketler\nSelin Aydın;05321230001;a\nMert Can;0532-XYZ;b\nEmre Kılıç;099;c\nDeniz Ay;05321230004;d\n";
        var first = await import.ImportAsync(ImportClient.Utf8(csv));
        var id = first.GetProperty("id").GetGuid();

        var download = await import.Client.GetAsync($"{ImportClient.Root}/{id}/rejections.csv");
        var text = await download.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", download.Content.Headers.ContentType?.MediaType);
        var lines = text.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("Ad Soyad;Telefon;Etiketler;Hata nedeni", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Mert Can;0532-XYZ;b;Satır 2:", lines[1]);
        Assert.StartsWith("Emre Kılıç;099;c;Satır 3:", lines[2]);

        var fixedFile = text.Replace("0532-XYZ", "0532 123 00 02", StringComparison.Ordinal).Replace(";099;", ";05321230003;", StringComparison.Ordinal);
        var second = await import.ImportAsync(Encoding.UTF8.GetBytes(fixedFile), "duzeltilmis.csv");

        Assert.Equal((2, 0), (second.GetProperty("progress").GetProperty("created").GetInt32(), second.GetProperty("progress").GetProperty("rejected").GetInt32()));
        Assert.Equal(4, (await api.GetJsonAsync("/api/v1/customers")).GetProperty("total").GetInt32());
        Assert.Equal(["c"], (await api.GetJsonAsync("/api/v1/customers?search=05321230003")).GetProperty("items")[0].GetProperty("tags")
            .EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Another_business_gets_404_for_an_import_and_cannot_run_it()
    {
        var (_, owner) = await NewBusinessAsync();
        var (otherApi, other) = await NewBusinessAsync();
        var id = (await owner.UploadAsync(ImportClient.Utf8("Ad;Telefon\nGizli Kişi;05321239999\n"))).GetProperty("id").GetGuid();

        var responses = new[]
        {
            await other.Client.GetAsync($"{ImportClient.Root}/{id}"),
            await other.Client.PutAsync($"{ImportClient.Root}/{id}/mapping", JsonContent.Create(new { columns = new[] { new { column = 0, target = "fullName" } } })),
            await other.Client.PostAsync($"{ImportClient.Root}/{id}/dry-run", null),
            await other.Client.PostAsync($"{ImportClient.Root}/{id}/run", null),
            await other.Client.GetAsync($"{ImportClient.Root}/{id}/rejections"),
            await other.Client.GetAsync($"{ImportClient.Root}/{id}/rejections.csv"),
        };
        await ImportClient.DrainJobsAsync(app);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Empty((await other.Client.GetFromJsonAsync<JsonElement>(ImportClient.Root)).EnumerateArray());
        Assert.Equal("uploaded", (await owner.GetAsync(id)).GetProperty("status").GetString());
        Assert.Equal(0, (await otherApi.GetJsonAsync("/api/v1/customers")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_bad_mapping_is_refused_naming_the_mapping()
    {
        var (_, import) = await NewBusinessAsync();
        var id = (await import.UploadAsync(ImportClient.Utf8("Ad;Telefon;Not\nAli;05321112233;x\n"))).GetProperty("id").GetGuid();

        var twice = await import.Client.PutAsJsonAsync($"{ImportClient.Root}/{id}/mapping",
            new { columns = new[] { new { column = 0, target = "phone" }, new { column = 1, target = "phone" } } });
        var unknown = await import.Client.PutAsJsonAsync($"{ImportClient.Root}/{id}/mapping", new { columns = new[] { new { column = 0, target = "maas" } } });
        var nothing = await import.Client.PutAsJsonAsync($"{ImportClient.Root}/{id}/mapping", new { columns = new[] { new { column = 2, target = "tags" } } });
        var outside = await import.Client.PutAsJsonAsync($"{ImportClient.Root}/{id}/mapping", new { columns = new[] { new { column = 7, target = "phone" } } });

        foreach (var response in new[] { twice, unknown, nothing, outside })
        {
            await Problems.AssertAsync(response, HttpStatusCode.UnprocessableEntity, "mapping");
        }
    }
}

public sealed class ImportTests_Sqlite(SqliteApp app) : ImportTests(app), IClassFixture<SqliteApp>;

public sealed class ImportTests_Postgres(PostgresApp app) : ImportTests(app), IClassFixture<PostgresApp>;
