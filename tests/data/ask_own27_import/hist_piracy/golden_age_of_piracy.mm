<map version="freeplane 1.9.13">
<!--To view this file, download free mind mapping software Freeplane from https://www.freeplane.org -->
<node TEXT="The Golden Age of Piracy" FOLDED="false" ID="ID_696401721" CREATED="1762300800000" MODIFIED="1762387200000" STYLE="oval">
<font SIZE="18"/>
<hook NAME="MapStyle">
    <properties edgeColorConfiguration="#808080ff,#ff0000ff,#0000ffff,#00ff00ff,#ff00ffff,#00ffffff" show_icon_for_attributes="true" show_note_icons="true" fit_to_viewport="false"/>

<map_styles>
<stylenode LOCALIZED_TEXT="styles.root_node" STYLE="oval" UNIFORM_SHAPE="true" VGAP_QUANTITY="24 pt">
<font SIZE="24"/>
<stylenode LOCALIZED_TEXT="styles.predefined" POSITION="right" STYLE="bubble">
<stylenode LOCALIZED_TEXT="default" ID="ID_271890427" ICON_SIZE="12 pt" COLOR="#000000" STYLE="fork">
<arrowlink SHAPE="CUBIC_CURVE" COLOR="#000000" WIDTH="2" TRANSPARENCY="200" DASH="" FONT_SIZE="9" FONT_FAMILY="SansSerif" DESTINATION="ID_271890427" STARTARROW="NONE" ENDARROW="DEFAULT"/>
<font NAME="SansSerif" SIZE="10" BOLD="false" ITALIC="false"/>
<richcontent CONTENT-TYPE="plain/auto" TYPE="DETAILS"/>
<richcontent TYPE="NOTE" CONTENT-TYPE="plain/auto"/>
</stylenode>
<stylenode LOCALIZED_TEXT="defaultstyle.details"/>
<stylenode LOCALIZED_TEXT="defaultstyle.attributes">
<font SIZE="9"/>
</stylenode>
<stylenode LOCALIZED_TEXT="defaultstyle.note" COLOR="#000000" BACKGROUND_COLOR="#ffffff" TEXT_ALIGN="LEFT"/>
<stylenode LOCALIZED_TEXT="defaultstyle.floating">
<edge STYLE="hide_edge"/>
<cloud COLOR="#f0f0f0" SHAPE="ROUND_RECT"/>
</stylenode>
</stylenode>
</stylenode>
</map_styles>
</hook>
<hook NAME="AutomaticEdgeColor" COUNTER="7" RULE="ON_BRANCH_CREATION"/>
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Year 8 revision map - Mr Okafor
    </p>
  </body>
</html>
</richcontent>
<node TEXT="When and why" POSITION="right" ID="ID_1561046913" CREATED="1762300860000" MODIFIED="1762300900000">
<edge COLOR="#ff0000"/>
<node TEXT="The Golden Age lasted roughly from 1650 to 1730" ID="ID_112233001" CREATED="1762300900000" MODIFIED="1762300900000"/>
<node TEXT="The end of the War of the Spanish Succession in 1714 left thousands of sailors out of work" ID="ID_112233002" CREATED="1762300900000" MODIFIED="1762300900000"/>
<node TEXT="Treasure fleets carried Spanish silver from the Americas across the Caribbean" ID="ID_112233003" CREATED="1762300900000" MODIFIED="1762300900000"/>
</node>
<node TEXT="Buccaneers" POSITION="right" ID="ID_1827319040" CREATED="1762300960000" MODIFIED="1762301000000">
<edge COLOR="#0000ff"/>
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      The word <b>buccaneer</b> comes from the French <i>boucan</i>, a wooden frame for smoking meat.
    </p>
  </body>
</html>
</richcontent>
<node TEXT="Buccaneers were based on Tortuga and at Port Royal in Jamaica" ID="ID_112233004" CREATED="1762300960000" MODIFIED="1762300960000"/>
<node TEXT="Henry Morgan sacked Panama City in 1671" ID="ID_112233005" CREATED="1762300960000" MODIFIED="1762300960000">
<icon BUILTIN="idea"/>
</node>
<node TEXT="Morgan was later knighted and made Lieutenant Governor of Jamaica" ID="ID_112233006" CREATED="1762300960000" MODIFIED="1762300960000"/>
</node>
<node TEXT="Famous pirates" POSITION="right" ID="ID_505281771" CREATED="1762301020000" MODIFIED="1762301100000">
<edge COLOR="#00ff00"/>
<node TEXT="Blackbeard (Edward Teach)" ID="ID_1019417326" CREATED="1762301020000" MODIFIED="1762301100000" LINK="https://en.wikipedia.org/wiki/Blackbeard">
<attribute_layout NAME_WIDTH="48 pt" VALUE_WIDTH="60 pt"/>
<attribute NAME="Died" VALUE="22 November 1718"/>
<node TEXT="His flagship was the Queen Anne&apos;s Revenge" ID="ID_112233007" CREATED="1762301020000" MODIFIED="1762301020000"/>
<node TEXT="He blockaded the port of Charleston in 1718" ID="ID_112233008" CREATED="1762301020000" MODIFIED="1762301020000"/>
<node TEXT="He tied slow-burning fuses into his beard to frighten his victims" ID="ID_112233009" CREATED="1762301020000" MODIFIED="1762301020000"/>
<node TEXT="He was killed at Ocracoke Inlet by Lieutenant Robert Maynard" ID="ID_112233010" CREATED="1762301020000" MODIFIED="1762301020000"/>
</node>
<node TEXT="Bartholomew Roberts" ID="ID_341178529" CREATED="1762301040000" MODIFIED="1762301040000">
<node TEXT="Known as Black Bart" ID="ID_112233011" CREATED="1762301040000" MODIFIED="1762301040000"/>
<node TEXT="Captured more than 400 ships, more than any other pirate of the age" ID="ID_112233012" CREATED="1762301040000" MODIFIED="1762301040000"/>
<node TEXT="Killed in battle off Cape Lopez in 1722" ID="ID_112233013" CREATED="1762301040000" MODIFIED="1762301040000"/>
</node>
<node TEXT="Anne Bonny and Mary Read" ID="ID_1462590301" CREATED="1762301060000" MODIFIED="1762301060000">
<node TEXT="Sailed with Calico Jack Rackham" ID="ID_112233014" CREATED="1762301060000" MODIFIED="1762301060000"/>
<node TEXT="Captured off the west coast of Jamaica in 1720" ID="ID_112233015" CREATED="1762301060000" MODIFIED="1762301060000"/>
<node TEXT="Both escaped hanging because they were pregnant" ID="ID_112233016" CREATED="1762301060000" MODIFIED="1762301060000"/>
</node>
<node TEXT="Henry Every" ID="ID_1990276125" CREATED="1762301080000" MODIFIED="1762301080000">
<richcontent TYPE="DETAILS" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Also spelt Avery
    </p>
  </body>
</html>
</richcontent>
<node TEXT="Captured the Mughal treasure ship Ganj-i-Sawai in 1695" ID="ID_112233017" CREATED="1762301080000" MODIFIED="1762301080000"/>
<node TEXT="He was never caught" ID="ID_112233018" CREATED="1762301080000" MODIFIED="1762301080000"/>
</node>
<node TEXT="Black Sam Bellamy" ID="ID_1216745090" CREATED="1762301090000" MODIFIED="1762301090000">
<node TEXT="His ship the Whydah sank in a storm off Cape Cod in 1717" ID="ID_112233019" CREATED="1762301090000" MODIFIED="1762301090000"/>
<node TEXT="The wreck of the Whydah was found in 1984" ID="ID_112233020" CREATED="1762301090000" MODIFIED="1762301090000"/>
</node>
</node>
<node POSITION="left" ID="ID_1311538212" CREATED="1762301200000" MODIFIED="1762301300000"><richcontent TYPE="NODE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      <b>Life on board</b>
    </p>
  </body>
</html>
</richcontent>
<edge COLOR="#ff00ff"/>
<node TEXT="Pirate articles" ID="ID_1743187744" CREATED="1762301200000" MODIFIED="1762301200000">
<node TEXT="The crew elected its captain and could vote him out" ID="ID_112233021" CREATED="1762301200000" MODIFIED="1762301200000"/>
<node TEXT="Plunder was shared out, the captain taking one and a half or two shares" ID="ID_112233022" CREATED="1762301200000" MODIFIED="1762301200000"/>
<node TEXT="The quartermaster kept order and settled quarrels" ID="ID_112233023" CREATED="1762301200000" MODIFIED="1762301200000"/>
<node TEXT="A crewman who lost a limb was paid compensation" ID="ID_112233024" CREATED="1762301200000" MODIFIED="1762301200000"/>
</node>
<node TEXT="The Jolly Roger flag was flown to frighten ships into surrendering without a fight" ID="ID_112233025" CREATED="1762301220000" MODIFIED="1762301220000"/>
<node TEXT="Marooning meant leaving a pirate on an island with a pistol and a bottle of water" ID="ID_112233026" CREATED="1762301220000" MODIFIED="1762301220000"/>
</node>
<node TEXT="Pirate havens" POSITION="left" ID="ID_744015209" CREATED="1762301320000" MODIFIED="1762301320000">
<edge COLOR="#00ffff"/>
<node TEXT="Nassau in the Bahamas was a pirate republic from 1706 to 1718" ID="ID_112233027" CREATED="1762301320000" MODIFIED="1762301320000"/>
<node TEXT="Port Royal was destroyed by an earthquake in 1692" ID="ID_112233028" CREATED="1762301320000" MODIFIED="1762301320000"/>
<node TEXT="Madagascar was a base for raiding ships in the Indian Ocean" ID="ID_112233029" CREATED="1762301320000" MODIFIED="1762301320000"/>
</node>
<node TEXT="The end of piracy" POSITION="left" ID="ID_1602446021" CREATED="1762301400000" MODIFIED="1762301400000">
<edge COLOR="#7c0000"/>
<node TEXT="The King&apos;s Pardon of 1717 offered a pardon to pirates who surrendered" ID="ID_112233030" CREATED="1762301400000" MODIFIED="1762301400000"/>
<node TEXT="Woodes Rogers became governor of the Bahamas in 1718 and drove the pirates out of Nassau" ID="ID_112233031" CREATED="1762301400000" MODIFIED="1762301400000"/>
<node TEXT="Royal Navy patrols and mass hangings ended the Golden Age by about 1730" ID="ID_112233032" CREATED="1762301400000" MODIFIED="1762301400000"/>
</node>
</node>
</map>
