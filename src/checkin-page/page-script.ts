/**
 * The page's one script, inlined, plain ES5 for old in-app browsers. It reads the position (Feishu
 * `tt.getLocation` after `h5sdk.config`, DingTalk `dd.device.geolocation.get` after `dd.config`, else
 * `navigator.geolocation`; Feishu says which system it answered in, `type`, which the page passes on, GCJ-02
 * when it is absent: the system asked for), asks the platform for an in-app login code where the server wants one
 * (`tt.requestAuthCode`, `dd.runtime.permission.requestAuthCode`), posts
 * everything to `/app/checkin/reading` and shows what the server decided. It decides nothing itself.
 */
export const PAGE_SCRIPT = `
(function(){
var C=JSON.parse(document.getElementById('cfg').textContent);
var go=document.getElementById('go'),box=document.getElementById('state'),T=C.texts;
function el(id){return document.getElementById(id)}
function show(kind,title,msg,readout){box.className='card state '+kind;el('st-title').textContent=title;
el('st-msg').textContent=msg||'';el('st-readout').textContent=readout||'';box.classList.remove('hidden');}
function busy(text){go.disabled=true;go.textContent=text}
function ready(text){go.disabled=false;go.textContent=text}
function appName(){return window.tt?'飞书':window.dd?'钉钉':'浏览器'}
function fail(kind){ready(T.retry);
if(kind==='denied'){show('RETRY',T.deniedTitle,T.denied.split('{app}').join(appName()));return}
show('RETRY',T.unavailableTitle,T.unavailable)}
function deniedLike(e){var s=JSON.stringify(e||{}).toLowerCase();return /deny|denied|permission|auth/.test(s)}
function feishu(done){var f=C.feishu;
function read(){window.tt.getLocation({type:'gcj02',accuracy:'best',timeout:10,cacheTimeout:0,
success:function(r){done(r.latitude,r.longitude,r.accuracy,r.type==='wgs84'?'WGS84':'GCJ02','FEISHU_JSAPI')},
fail:function(e){fail(deniedLike(e)?'denied':'unavailable')}})}
if(f&&window.h5sdk){window.h5sdk.config({appId:f.appId,timestamp:f.timestamp,nonceStr:f.nonceStr,signature:f.signature,
jsApiList:['getLocation','requestAuthCode'],onSuccess:function(){},onFail:function(){fail('unavailable')}});
window.h5sdk.ready(read)}else read()}
function dingtalk(done){var d=C.dingtalk;
function read(){window.dd.device.geolocation.get({targetAccuracy:50,coordinate:1,withReGeocode:false,useCache:false,
onSuccess:function(r){done(r.latitude,r.longitude,r.accuracy,'GCJ02','DINGTALK_JSAPI')},
onFail:function(e){fail(deniedLike(e)?'denied':'unavailable')}})}
if(d&&window.dd.config){window.dd.config({agentId:d.appId,corpId:d.corpId,timeStamp:d.timestamp,nonceStr:d.nonceStr,
signature:d.signature,type:0,jsApiList:['device.geolocation.get','runtime.permission.requestAuthCode']})}
if(window.dd.ready){window.dd.ready(read)}else read()}
function browser(done){if(!navigator.geolocation){fail('unavailable');return}
navigator.geolocation.getCurrentPosition(function(p){done(p.coords.latitude,p.coords.longitude,p.coords.accuracy,'WGS84','BROWSER')},
function(e){fail(e&&e.code===1?'denied':'unavailable')},{enableHighAccuracy:true,timeout:20000,maximumAge:0})}
function locate(done){if(window.tt&&window.tt.getLocation)feishu(done);else if(window.dd&&window.dd.device)dingtalk(done);else browser(done)}
function loginCode(cb){if(C.login==='FEISHU'&&window.tt&&window.tt.requestAuthCode){
window.tt.requestAuthCode({appId:C.feishu&&C.feishu.appId,success:function(r){cb(r.code)},fail:function(){cb('')}})}
else if(C.login==='DINGTALK'&&window.dd&&window.dd.runtime){window.dd.runtime.permission.requestAuthCode({
corpId:C.dingtalk&&C.dingtalk.corpId,onSuccess:function(r){cb(r.code)},onFail:function(){cb('')}})}else cb('')}
function send(lat,lon,acc,system,source){busy(T.sending);loginCode(function(code){
var x=new XMLHttpRequest();x.open('POST',C.post);x.setRequestHeader('Content-Type','application/json');
x.onload=function(){var r;try{r=JSON.parse(x.responseText)}catch(e){r=null}
if(!r||!r.kind){ready(T.retry);show('RETRY',T.networkTitle,T.network);return}show(r.kind,r.title,r.message,r.readout);
if(r.kind==='RETRY'){ready(T.retry)}else{go.classList.add('hidden')}};
x.onerror=function(){ready(T.retry);show('RETRY',T.networkTitle,T.network)};
x.send(JSON.stringify({t:C.token,code:code,latitude:lat,longitude:lon,accuracy:acc,system:system,source:source,deviceTime:new Date().toISOString()}))})}
function start(){busy(T.locating);locate(send)}
function load(src,then){var s=document.createElement('script');s.src=src;s.onload=then;s.onerror=then;document.head.appendChild(s)}
function boot(){go.onclick=start;ready(go.getAttribute('data-label'))}
var ua=navigator.userAgent;
if(/Lark|Feishu/i.test(ua)&&!window.tt&&C.sdk.feishu)load(C.sdk.feishu,boot);
else if(/DingTalk/i.test(ua)&&!window.dd&&C.sdk.dingtalk)load(C.sdk.dingtalk,boot);
else boot();
})();
`;
