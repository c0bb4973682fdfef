using System.Text.Json;
using Muhtar.Abstractions.Customers.Events;
using Muhtar.Customers.Audit;
using Muhtar.Customers.Customers;
using Muhtar.Customers.CustomFields;
using Muhtar.Platform.Audit;
using Muhtar.Platform.Data;
using Muhtar.Platform.Jobs;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Customers.Import.Bulk;

/// <summary>
/// The customers one import batch creates, collected in memory (never tracked by EF) and written set-based
/// by <see cref="WriteAsync"/>: the customers, their search tokens, tags, external ids and custom-field
/// values, one audit row each ("created by import &lt;file&gt;", <see cref="AuditField"/>) and their
/// outbox events (<see cref="CustomerCreated"/>, and <see cref="CustomerTagAdded"/> per tag) as job rows
/// exactly like <see cref="MuhtarDbContext.Publish{TEvent}"/> writes them. Rows of the file that land on a
/// customer created earlier in the same batch only change the in-memory customer, so its single creation
/// line and its events describe its final state.
/// </summary>
internal sealed class ImportedCustomers
{
    /// <summary>The audit field of a customer's creation by an import; its new value names the file.</summary>
    public const string AuditField = "Import";

    /// <summary>What <see cref="MuhtarDbContext.Publish{TEvent}"/> serialises payloads with.</summary>
    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<Guid, Customer> _customers = [];
    private readonly Dictionary<Guid, Dictionary<string, CustomFieldValue?>> _values = [];

    public int Count => _customers.Count;

    public bool Contains(Customer customer) => _customers.ContainsKey(customer.Id);

    public void Add(Customer customer) => _customers.Add(customer.Id, customer);

    /// <summary>A later row of the file for the same customer wins, as it does for the built-in fields.</summary>
    public void SetValues(Guid customerId, IReadOnlyDictionary<string, CustomFieldValue?> values)
    {
        if (!_values.TryGetValue(customerId, out var own))
        {
            _values[customerId] = own = new(StringComparer.Ordinal);
        }

        foreach (var (key, value) in values)
        {
            own[key] = value;
        }
    }

    public async Task WriteAsync(
        MuhtarDbContext db, ITenantContext tenant, CustomerImport import, IReadOnlyDictionary<string, CustomFieldDefinition> fields,
        DateTime now, CancellationToken cancellationToken)
    {
        if (_customers.Count == 0)
        {
            return;
        }

        var customers = _customers.Values.ToList();
        var values = new List<CustomerCustomValue>();
        foreach (var (customerId, byKey) in _values)
        {
            foreach (var (key, value) in byKey)
            {
                if (value is not null)
                {
                    var field = fields[key];
                    values.AddRange(value.ToRows(customerId, field.Id, field.Type));
                }
            }
        }

        var audit = customers.Select(c => new AuditEntry(
            CustomerAuditLog.EntityType, c.Id, AuditAction.Created, AuditField, null, import.FileName, tenant.UserId, tenant.ActorName, now)).ToList();
        var events = new List<Job>(customers.Count * 2);
        foreach (var customer in customers)
        {
            events.Add(Event(new CustomerCreated(customer.Id, CustomerMapping.KindName(customer.Kind), customer.Phone is not null, now), tenant, now));
            events.AddRange(customer.Tags.Select(t => Event(new CustomerTagAdded(customer.Id, t.Name, now), tenant, now)));
        }

        await BulkRows.InsertAsync(db, customers, cancellationToken);
        await BulkRows.InsertAsync(db, customers.SelectMany(c => c.SearchTokens).ToList(), cancellationToken);
        await BulkRows.InsertAsync(db, customers.SelectMany(c => c.Tags).ToList(), cancellationToken);
        await BulkRows.InsertAsync(db, customers.SelectMany(c => c.ExternalIds).ToList(), cancellationToken);
        await BulkRows.InsertAsync(db, values, cancellationToken);
        await BulkRows.InsertAsync(db, audit, cancellationToken);
        await BulkRows.InsertAsync(db, events, cancellationToken);
    }

    private static Job Event<TEvent>(TEvent @event, ITenantContext tenant, DateTime now)
        where TEvent : class =>
        new(JobKind.Event, JobTypeName.Of(typeof(TEvent)), JsonSerializer.Serialize(@event, PayloadJson), tenant.TenantId, now, now, dedupeKey: null);
}
