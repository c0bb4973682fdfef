namespace Muhtar.Platform.Tenancy;

/// <summary>
/// A row owned by one business. The context filters every query by it and stamps it on insert;
/// it is never taken from a request body.
/// </summary>
public interface ITenantScoped
{
    Guid TenantId { get; }
}
