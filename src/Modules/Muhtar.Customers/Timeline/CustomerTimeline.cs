using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Muhtar.Abstractions.Timeline;
using Muhtar.Customers.Customers;
using Muhtar.Platform.Data;
using Muhtar.Platform.Identity;

namespace Muhtar.Customers.Timeline;

/// <summary>
/// The timeline of one customer of the current business for one reader: null for an unknown (or another
/// business's) customer; audit lines only for readers allowed to see the audit trail.
/// </summary>
internal sealed class CustomerTimeline(IDbContextFactory<MuhtarDbContext> dbFactory, TimelineFeed feed, IAuthorizationService authorization)
{
    public async Task<TimelinePage?> ReadAsync(
        Guid customerId, TimelineCursor? before, int pageSize, ClaimsPrincipal reader, CancellationToken cancellationToken = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (!await db.Set<Customer>().AnyAsync(c => c.Id == customerId, cancellationToken))
            {
                return null;
            }
        }

        var seesAudit = (await authorization.AuthorizeAsync(reader, Permissions.Policy(Permissions.AuditRead))).Succeeded;
        return await feed.ReadAsync(customerId, before, pageSize, s => seesAudit || s is not AuditTimelineSource, cancellationToken);
    }
}
