namespace Muhtar.Platform.Jobs;

/// <summary>Stored type name → invoker, built from every AddEventHandler / AddJobHandler registration.</summary>
internal sealed class JobTypeRegistry
{
    private readonly Dictionary<(JobKind Kind, string TypeName), IJobInvoker> _invokers;

    public JobTypeRegistry(IEnumerable<IJobInvoker> invokers)
    {
        _invokers = invokers.ToDictionary(i => (i.Kind, i.TypeName));
    }

    public IJobInvoker? Find(JobKind kind, string typeName) => _invokers.GetValueOrDefault((kind, typeName));
}
