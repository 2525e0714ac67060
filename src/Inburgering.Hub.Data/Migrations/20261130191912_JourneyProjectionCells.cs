using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inburgering.Hub.Data.Migrations
{
    /// <inheritdoc />
    public partial class JourneyProjectionCells : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The milestones change meaning (Groep becomes the cell number): JourneyProjectionRebuild derives
            // them again after this migration, so none is carried over.
            migrationBuilder.Sql("DELETE FROM inburgeraar_mijlpalen;");

            migrationBuilder.DropIndex(
                name: "IX_inburgeraar_mijlpalen_Periode",
                table: "inburgeraar_mijlpalen");

            migrationBuilder.DropColumn(
                name: "Leerroute",
                table: "inburgeraar_mijlpalen");

            migrationBuilder.DropColumn(
                name: "Rij",
                table: "inburgeraar_mijlpalen");

            migrationBuilder.DropColumn(
                name: "Soort",
                table: "inburgeraar_mijlpalen");

            migrationBuilder.RenameColumn(
                name: "Groep",
                table: "inburgeraar_mijlpalen",
                newName: "Cel");

            migrationBuilder.CreateTable(
                name: "inburgeraar_mijlpaal_gemeenten",
                columns: table => new
                {
                    InburgeraarId = table.Column<long>(type: "INTEGER", nullable: false),
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inburgeraar_mijlpaal_gemeenten", x => new { x.InburgeraarId, x.GemeenteCode });
                    table.ForeignKey(
                        name: "FK_inburgeraar_mijlpaal_gemeenten_inburgeraars_InburgeraarId",
                        column: x => x.InburgeraarId,
                        principalTable: "inburgeraars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inburgeraar_mijlpalen_Periode",
                table: "inburgeraar_mijlpalen",
                columns: new[] { "GemeenteCode", "Datum", "Cel", "Sleutel", "InburgeraarId" });

            migrationBuilder.CreateIndex(
                name: "IX_inburgeraar_mijlpaal_gemeenten_GemeenteCode_InburgeraarId",
                table: "inburgeraar_mijlpaal_gemeenten",
                columns: new[] { "GemeenteCode", "InburgeraarId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inburgeraar_mijlpaal_gemeenten");

            migrationBuilder.DropIndex(
                name: "IX_inburgeraar_mijlpalen_Periode",
                table: "inburgeraar_mijlpalen");

            migrationBuilder.RenameColumn(
                name: "Cel",
                table: "inburgeraar_mijlpalen",
                newName: "Groep");

            migrationBuilder.AddColumn<string>(
                name: "Leerroute",
                table: "inburgeraar_mijlpalen",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Rij",
                table: "inburgeraar_mijlpalen",
                type: "TEXT",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Soort",
                table: "inburgeraar_mijlpalen",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_inburgeraar_mijlpalen_Periode",
                table: "inburgeraar_mijlpalen",
                columns: new[] { "Datum", "GemeenteCode", "Rij", "Groep", "Leerroute", "Soort", "Sleutel" });
        }
    }
}
