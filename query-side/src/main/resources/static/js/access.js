// Access for the pages: the bearer token is kept for this browser tab only (sessionStorage). It can be typed into
// the access bar, or handed over once in the address fragment (#token=...), which never reaches the server and is
// removed from the address bar at once. Every API call carries it; the event stream, which a browser opens without
// headers, carries it as access_token.
window.gongkaiAccess = (function () {
  'use strict';

  const KEY = 'gongkai.token';
  const handedOver = location.hash.match(/(?:^#|&)token=([^&]+)/);
  if (handedOver) {
    sessionStorage.setItem(KEY, decodeURIComponent(handedOver[1]));
    history.replaceState(null, '', location.pathname + location.search);
  }

  function token() {
    return sessionStorage.getItem(KEY);
  }

  function askForToken(message) {
    const bar = document.getElementById('access');
    document.getElementById('access-message').textContent = message;
    bar.hidden = false;
    document.getElementById('access-form').onsubmit = event => {
      event.preventDefault();
      sessionStorage.setItem(KEY, document.getElementById('access-token').value.trim());
      location.reload();
    };
  }

  /**
   * fetch with the token (and any other request options); a 401, or a 403 that is access control's own, shows the
   * access bar and rejects with the problem's detail. Other refusals are the caller's to read.
   */
  function api(url, init) {
    if (!token()) {
      askForToken('请输入访问令牌。');
      return Promise.reject('未登录');
    }
    const options = Object.assign({}, init || {});
    options.headers = Object.assign({ Authorization: 'Bearer ' + token() }, (init || {}).headers || {});
    return fetch(url, options).then(response => {
      if (response.status === 401 || response.status === 403) {
        return response.clone().json().then(problem => {
          if (response.status === 403 && problem.type !== 'urn:gongkai:problem:forbidden') {
            return response;
          }
          askForToken(response.status === 401 ? '令牌无效或已过期，请重新输入。' : '此令牌无权查看：' + problem.detail);
          return Promise.reject(problem.detail);
        });
      }
      return response;
    });
  }

  function streamUrl(url) {
    return url + (url.includes('?') ? '&' : '?') + 'access_token=' + encodeURIComponent(token() || '');
  }

  return { api: api, streamUrl: streamUrl };
})();
