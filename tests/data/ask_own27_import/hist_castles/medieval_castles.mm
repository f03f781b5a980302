<map version="1.0.1">
<!-- To view this file, download free mind mapping software FreeMind from http://freemind.sourceforge.net -->
<node CREATED="1762001035000" ID="ID_8196165" MODIFIED="1762001035500" TEXT="Medieval Castles">
<node CREATED="1762001004000" ID="ID_7950676" MODIFIED="1762001004500" POSITION="right" TEXT="Motte and bailey">
<edge WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<icon BUILTIN="full-1"/>
<node CREATED="1762001000000" ID="ID_7919000" MODIFIED="1762001000500" TEXT="Built by the Normans in the years after 1066"/>
<node CREATED="1762001001000" ID="ID_7926919" MODIFIED="1762001001500" TEXT="Motte: an earth mound with a wooden tower on top"/>
<node CREATED="1762001002000" ID="ID_7934838" MODIFIED="1762001002500" TEXT="Bailey: an enclosed courtyard at the foot of the motte"/>
<node CREATED="1762001003000" ID="ID_7942757" MODIFIED="1762001003500" TEXT="Quick and cheap to build, but the timber could rot or be set on fire"/>
</node>
<node CREATED="1762001009000" ID="ID_7990271" MODIFIED="1762001009500" POSITION="right" TEXT="Stone keeps">
<edge WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<icon BUILTIN="full-2"/>
<richcontent TYPE="NOTE"><html>
  <head>

  </head>
  <body>
    <p>
      Keeps were also called donjons.
    </p>
  </body>
</html>
</richcontent>
<node CREATED="1762001005000" ID="ID_7958595" MODIFIED="1762001005500" TEXT="The White Tower in London was begun by William the Conqueror around 1078"/>
<node CREATED="1762001006000" ID="ID_7966514" MODIFIED="1762001006500" TEXT="Rochester Castle&#x2019;s keep is the tallest Norman keep in England, at 38 metres"/>
<node CREATED="1762001007000" ID="ID_7974433" MODIFIED="1762001007500" TEXT="The entrance was on the first floor, reached by an outside stair in a forebuilding"/>
<node CREATED="1762001008000" ID="ID_7982352" MODIFIED="1762001008500" TEXT="Round towers replaced square ones because they had no corners for miners to dig under"/>
</node>
<node CREATED="1762001015000" ID="ID_8037785" MODIFIED="1762001015500" POSITION="right" TEXT="Concentric castles">
<edge WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<icon BUILTIN="full-3"/>
<node CREATED="1762001010000" ID="ID_7998190" MODIFIED="1762001010500" TEXT="Two or more rings of walls, one inside the other"/>
<node CREATED="1762001011000" ID="ID_8006109" MODIFIED="1762001011500" TEXT="The inner wall was taller so archers could shoot over the outer wall"/>
<node CREATED="1762001012000" ID="ID_8014028" MODIFIED="1762001012500" TEXT="Edward I built them in Wales after conquering it in 1283"/>
<node CREATED="1762001013000" ID="ID_8021947" MODIFIED="1762001013500" TEXT="Beaumaris, begun in 1295, is the most perfect concentric castle"/>
<node CREATED="1762001014000" ID="ID_8029866" MODIFIED="1762001014500" TEXT="Master James of St George was Edward&#x2019;s chief castle builder"/>
</node>
<node CREATED="1762001021000" ID="ID_8085299" MODIFIED="1762001021500" POSITION="left" TEXT="Defences">
<edge WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<node CREATED="1762001016000" ID="ID_8045704" MODIFIED="1762001016500" TEXT="Portcullis: a heavy wooden grille covered in iron, lowered to block the gateway"/>
<node CREATED="1762001017000" ID="ID_8053623" MODIFIED="1762001017500" TEXT="Machicolations: openings in the floor of an overhanging parapet for dropping stones"/>
<node CREATED="1762001018000" ID="ID_8061542" MODIFIED="1762001018500" TEXT="Barbican: a fortified outwork guarding the approach to the gate"/>
<node CREATED="1762001019000" ID="ID_8069461" MODIFIED="1762001019500" TEXT="Murder holes in the gate passage ceiling let defenders attack anyone who got inside"/>
<node CREATED="1762001020000" ID="ID_8077380" MODIFIED="1762001020500" TEXT="Arrow loops were narrow on the outside and splayed wide on the inside"/>
</node>
<node CREATED="1762001027000" ID="ID_8132813" MODIFIED="1762001027500" POSITION="left" TEXT="Siege warfare">
<edge WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<richcontent TYPE="NOTE"><html>
  <head>

  </head>
  <body>
    <p>
      Most sieges ended in a negotiated surrender.
    </p>
  </body>
</html>
</richcontent>
<node CREATED="1762001022000" ID="ID_8093218" MODIFIED="1762001022500" TEXT="Trebuchet: a siege engine that used a heavy counterweight to hurl stones"/>
<node CREATED="1762001023000" ID="ID_8101137" MODIFIED="1762001023500" TEXT="Miners dug tunnels under a wall, propped them with timber, then burned the props"/>
<node CREATED="1762001024000" ID="ID_8109056" MODIFIED="1762001024500" TEXT="At the siege of Rochester in 1215 King John used the fat of forty pigs to burn the mine props"/>
<node CREATED="1762001025000" ID="ID_8116975" MODIFIED="1762001025500" TEXT="A siege tower, or belfry, let attackers climb level with the wall top"/>
<node CREATED="1762001026000" ID="ID_8124894" MODIFIED="1762001026500" TEXT="Starving the garrison out was often cheaper than an assault"/>
</node>
<node CREATED="1762001031000" ID="ID_8164489" MODIFIED="1762001031500" POSITION="left" TEXT="Life in the castle">
<edge WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<node CREATED="1762001028000" ID="ID_8140732" MODIFIED="1762001028500" TEXT="The great hall was where the household ate, met and often slept"/>
<node CREATED="1762001029000" ID="ID_8148651" MODIFIED="1762001029500" TEXT="A garderobe was a toilet that emptied down a chute in the wall"/>
<node CREATED="1762001030000" ID="ID_8156570" MODIFIED="1762001030500" TEXT="The constable ran the castle when the lord was away"/>
</node>
<node CREATED="1762001034000" ID="ID_8188246" MODIFIED="1762001034500" POSITION="left" TEXT="Decline">
<edge WIDTH="thin"/>
<font NAME="SansSerif" SIZE="12"/>
<node CREATED="1762001032000" ID="ID_8172408" MODIFIED="1762001032500" TEXT="Gunpowder cannon could batter down high stone walls"/>
<node CREATED="1762001033000" ID="ID_8180327" MODIFIED="1762001033500" TEXT="Many castles were slighted (deliberately damaged) by Parliament after the English Civil War"/>
</node>
</node>
</map>
