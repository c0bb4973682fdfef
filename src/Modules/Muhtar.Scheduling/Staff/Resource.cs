using Muhtar.Platform.Audit;
using Muhtar.Platform.Tenancy;

namespace Muhtar.Scheduling.Staff;

/// <summary>A chair, a room or a machine a service needs; <see cref="Capacity"/> appointments may use it at once.</summary>
internal sealed class Resource : ITenantScoped, IAudited
{
    private Resource()
    {
    }

    public Resource(string name, int capacity, bool isActive)
    {
        Id = Guid.CreateVersion7();
        Apply(name, capacity, isActive);
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string Name { get; private set; } = "";

    public int Capacity { get; private set; }

    public bool IsActive { get; private set; }

    public void Apply(string name, int capacity, bool isActive)
    {
        Name = name;
        Capacity = capacity;
        IsActive = isActive;
    }
}
