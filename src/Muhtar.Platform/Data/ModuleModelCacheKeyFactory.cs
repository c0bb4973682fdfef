using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Muhtar.Platform.Data;

/// <summary>
/// EF caches one model per context type; ours also depends on which modules are registered, so two hosts
/// in one process (tests, tools) with different module lists must not share a model.
/// </summary>
internal sealed class ModuleModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is MuhtarDbContext muhtar ? (context.GetType(), muhtar.ModulesKey, designTime) : (object)(context.GetType(), designTime);
}
