using Microsoft.EntityFrameworkCore;
using Muhtar.Customers.Customers;
using Muhtar.Platform.Data;
using Npgsql;

namespace Muhtar.Bench.TillSpeed;

/// <summary>
/// The lookup requests: a uniformly random customer of the benchmark business per request, the phone typed
/// in one of three forms. Paths are built before a phase so the generator spends no time on them. The raw
/// baseline reads the same customers' whole rows by primary key through Npgsql: one open connection and one
/// prepared statement per client, nothing between the client and PostgreSQL — the ceiling for the API.
/// </summary>
internal sealed class LookupLoad(TillBenchTenant tenant, bool standIn)
{
    public string Path(int customer, int form)
    {
        var phone = Uri.EscapeDataString(TillBenchTenant.TypedPhone(customer, form));
        return standIn ? $"/api/v1/customers?search={phone}" : $"/api/v1/pos/lookup?phone={phone}";
    }

    public string[] Paths(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i => Path(random.Next(tenant.CustomerIds.Length), i)).ToArray();
    }

    public static async Task<int> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
        return (int)response.StatusCode;
    }

    /// <summary>Checks a few lookups answer 200 with the customer asked for, so no phase measures error pages.</summary>
    public async Task VerifyAsync(HttpClient client)
    {
        foreach (var n in new[] { 0, tenant.CustomerIds.Length / 2, tenant.CustomerIds.Length - 1 })
        {
            for (var form = 0; form < 3; form++)
            {
                using var response = await client.GetAsync(new Uri(Path(n, form), UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode || !body.Contains(tenant.CustomerIds[n].ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException($"Lookup {Path(n, form)} answered {(int)response.StatusCode} without customer {n}: {body}");
                }

                if (n == 0 && form == 0)
                {
                    Console.WriteLine($"  sample answer ({body.Length} bytes): {body[..Math.Min(400, body.Length)]}");
                }
            }
        }
    }

    /// <summary>Closed-loop raw reads; each client keeps its connection and prepared statement for the whole phase.</summary>
    public async Task<LoadResult> RawAsync(MuhtarDbContext model, string connectionString, int clients, TimeSpan duration)
    {
        var entity = model.Model.FindEntityType(typeof(Customer))!;
        var sql = $"SELECT * FROM \"{entity.GetTableName()}\" WHERE \"{entity.FindPrimaryKey()!.Properties[0].GetColumnName()}\" = $1";
        var commands = new NpgsqlCommand[clients];
        var connections = new NpgsqlConnection[clients];
        for (var c = 0; c < clients; c++)
        {
            connections[c] = new NpgsqlConnection(connectionString);
            await connections[c].OpenAsync();
            commands[c] = new NpgsqlCommand(sql, connections[c]) { Parameters = { new NpgsqlParameter<Guid> { TypedValue = Guid.Empty } } };
            await commands[c].PrepareAsync();
        }

        try
        {
            var random = new Random[clients];
            for (var c = 0; c < clients; c++)
            {
                random[c] = new Random(1000 + c);
            }

            return await LoadGenerator.ClosedLoopAsync("raw Npgsql: customer row by id", clients, duration, async (client, _) =>
            {
                var command = commands[client];
                ((NpgsqlParameter<Guid>)command.Parameters[0]).TypedValue = tenant.CustomerIds[random[client].Next(tenant.CustomerIds.Length)];
                await using var reader = await command.ExecuteReaderAsync();
                var values = new object[reader.FieldCount];
                var rows = 0;
                while (await reader.ReadAsync())
                {
                    reader.GetValues(values);
                    rows++;
                }

                // 200 when the row was there, as the API would answer; 404 otherwise (counted, never expected).
                return rows == 1 ? 200 : 404;
            });
        }
        finally
        {
            foreach (var command in commands)
            {
                await command.DisposeAsync();
            }

            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }
}
