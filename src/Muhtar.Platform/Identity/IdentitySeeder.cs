using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Muhtar.Platform.Identity;

public static class IdentitySeeder
{
    /// <summary>
    /// Creates the seven roles if missing. Safe to run on every start and on several instances at once:
    /// a role another instance inserted first counts as created.
    /// </summary>
    public static async Task EnsureRolesAsync(IServiceProvider services, CancellationToken ct = default)
    {
        foreach (var name in Roles.All)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                await EnsureRoleAsync(services, name);
            }
            catch (DbUpdateException)
            {
                // Another instance may have inserted it between our check and our insert: then the goal is reached.
                if (!await RoleExistsAsync(services, name))
                {
                    throw;
                }
            }
        }
    }

    /// <summary>One scope per role, so a lost race leaves no failed insert tracked for the next role.</summary>
    private static async Task EnsureRoleAsync(IServiceProvider services, string name)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        if (await roles.RoleExistsAsync(name))
        {
            return;
        }

        var result = await roles.CreateAsync(new IdentityRole<Guid>(name) { Id = Guid.CreateVersion7() });
        if (!result.Succeeded && !await roles.RoleExistsAsync(name))
        {
            throw new InvalidOperationException($"Role {name} could not be created: {string.Join(", ", result.Errors.Select(e => e.Code))}");
        }
    }

    private static async Task<bool> RoleExistsAsync(IServiceProvider services, string name)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>().RoleExistsAsync(name);
    }
}
