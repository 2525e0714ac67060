using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Hub.Data.Migrations
{
    /// <inheritdoc />
    public partial class PagesqlLiveDeelnamesIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_leerroute_deelnames_Live_GemeenteCode_Leerroute_Startdatum",
                table: "leerroute_deelnames",
                columns: new[] { "GemeenteCode", "Leerroute", "Startdatum", "InburgeraarId" },
                filter: "NOT \"IsDeleted\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_leerroute_deelnames_Live_GemeenteCode_Leerroute_Startdatum",
                table: "leerroute_deelnames");
        }
    }
}
