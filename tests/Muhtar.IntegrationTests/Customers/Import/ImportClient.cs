using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Muhtar.IntegrationTests.Infrastructure;
using Muhtar.Platform.Jobs;

namespace Muhtar.IntegrationTests.CustomerTests.Import;

/// <summary>Drives /api/v1/customers/imports for one business and runs the job queue the way the workers would.</summary>
internal sealed class ImportClient(MuhtarAppFactory app, HttpClient client)
{
    public const string Root = "/api/v1/customers/imports";

    public HttpClient Client { get; } = client;

    public static byte[] Utf8(string text, bool bom = true) =>
        [.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(text)];

    public static byte[] Windows1254(string text) => CodePagesEncodingProvider.Instance.GetEncoding(1254)!.GetBytes(text);

    public Task<HttpResponseMessage> PostFileAsync(byte[] content, string fileName, string? delimiter = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        form.Add(file, "file", fileName);
        if (delimiter is not null)
        {
            form.Add(new StringContent(delimiter), "delimiter");
        }

        return Client.PostAsync(Root, form);
    }

    public async Task<JsonElement> UploadAsync(byte[] content, string fileName = "musteriler.csv", string? delimiter = null)
    {
        var response = await PostFileAsync(content, fileName, delimiter);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await Describe(response));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> GetAsync(Guid id)
    {
        var response = await Client.GetAsync($"{Root}/{id}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await Describe(response));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task MapAsync(Guid id, params (int Column, string Target)[] columns)
    {
        var response = await Client.PutAsJsonAsync($"{Root}/{id}/mapping", new { columns = columns.Select(c => new { column = c.Column, target = c.Target }) });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await Describe(response));
    }

    public async Task<JsonElement> DryRunAsync(Guid id)
    {
        var response = await Client.PostAsync($"{Root}/{id}/dry-run", null);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await Describe(response));
        await DrainJobsAsync(app);
        return await GetAsync(id);
    }

    public async Task<JsonElement> RunAsync(Guid id, bool drain = true)
    {
        var response = await Client.PostAsync($"{Root}/{id}/run", null);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await Describe(response));
        if (drain)
        {
            await DrainJobsAsync(app);
        }

        return await GetAsync(id);
    }

    /// <summary>Uploads, keeps the suggested mapping, runs; returns the finished import.</summary>
    public async Task<JsonElement> ImportAsync(byte[] content, string fileName = "musteriler.csv")
    {
        var id = (await UploadAsync(content, fileName)).GetProperty("id").GetGuid();
        return await RunAsync(id);
    }

    public async Task<List<JsonElement>> RejectionsAsync(Guid id, bool dryRun)
    {
        var page = await Client.GetFromJsonAsync<JsonElement>($"{Root}/{id}/rejections?dryRun={dryRun.ToString().ToLowerInvariant()}&pageSize=200");
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    /// <summary>Runs due jobs until none is left (what the polling workers do, without waiting for ticks).</summary>
    public static async Task DrainJobsAsync(MuhtarAppFactory app)
    {
        var worker = app.Services.GetServices<IHostedService>().OfType<JobWorker>().First();
        for (var round = 0; round < 1000 && await worker.RunOnceAsync() > 0; round++)
        {
        }
    }

    public static async Task<string> Describe(HttpResponseMessage response) =>
        $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
}
