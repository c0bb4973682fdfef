namespace Muhtar.Platform.Identity;

/// <summary>
/// Lets <see cref="ApiKeyService"/> refuse a till key for a store or till the business does not have. The POS
/// module implements it; without it (a host with no POS module) codes are taken as given.
/// </summary>
public interface ITillDirectory
{
    Task<bool> StoreExistsAsync(Guid tenantId, string storeCode, CancellationToken cancellationToken);

    Task<bool> TillExistsAsync(Guid tenantId, string storeCode, string tillCode, CancellationToken cancellationToken);
}
