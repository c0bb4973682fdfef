using Microsoft.EntityFrameworkCore;

namespace Muhtar.Platform.Data;

/// <summary>
/// A module's contribution to the one <see cref="MuhtarDbContext"/> model. Each module registers one,
/// so the Platform never references a module.
/// </summary>
public interface IModuleModel
{
    void Configure(ModelBuilder modelBuilder);
}
